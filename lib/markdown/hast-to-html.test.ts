import type { Root } from "hast";
import { describe, it, expect } from "vitest";
import { hastToHtml } from "./hast-to-html";

describe("hastToHtml", () => {
  it("serialises elements and escapes text", () => {
    const tree: Root = {
      type: "root",
      children: [
        {
          type: "element",
          tagName: "p",
          properties: { className: ["a", "b"] },
          children: [{ type: "text", value: "<script>&" }],
        },
      ],
    };
    expect(hastToHtml(tree)).toBe('<p class="a b">&#x3C;script>&#x26;</p>');
  });

  it("serialises an empty tree to an empty string", () => {
    expect(hastToHtml({ type: "root", children: [] })).toBe("");
  });
});
