import type { Element } from "hast";
import { describe, it, expect } from "vitest";
import { mdastToHast } from "./mdast-to-hast";
import { parseMarkdown } from "./parse-markdown";

function elements(markdown: string): Element[] {
  return mdastToHast(parseMarkdown(markdown)).children.filter((node): node is Element => node.type === "element");
}

describe("mdastToHast", () => {
  it("converts Markdown structure to HTML elements", () => {
    expect(elements("## A\n\ntext\n\n```js\nx\n```\n").map((node) => node.tagName)).toEqual(["h2", "p", "pre"]);
  });

  it("parses embedded HTML into real elements (not yet sanitised)", () => {
    const [p, script] = elements('<p class="x" onclick="y()">hi</p>\n\n<script>alert(1)</script>\n');
    expect(p).toMatchObject({ tagName: "p", properties: { className: ["x"], onClick: "y()" } });
    expect(script).toMatchObject({ tagName: "script" });
  });

  it("leaves footnote ids unprefixed (the sanitiser prefixes them)", () => {
    const section = elements("a[^1]\n\n[^1]: note\n").find((node) => node.tagName === "section");
    const item = JSON.stringify(section);
    expect(item).toContain('"id":"fn-1"');
    expect(item).not.toContain("user-content-");
  });
});
