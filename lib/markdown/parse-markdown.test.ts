import { describe, it, expect } from "vitest";
import { parseMarkdown } from "./parse-markdown";

describe("parseMarkdown", () => {
  it("parses CommonMark blocks", () => {
    const tree = parseMarkdown("## Title\n\nSome *text*.\n\n> quote\n");
    expect(tree.type).toBe("root");
    expect(tree.children.map((node) => node.type)).toEqual(["heading", "paragraph", "blockquote"]);
  });

  it("understands GFM tables, strikethrough and task lists", () => {
    const tree = parseMarkdown("| a | b |\n|:-|-:|\n| 1 | 2 |\n\n~~gone~~\n\n- [x] done\n");
    const [table, paragraph, list] = tree.children;
    expect(table).toMatchObject({ type: "table", align: ["left", "right"] });
    expect(paragraph).toMatchObject({ type: "paragraph", children: [{ type: "delete" }] });
    expect(list).toMatchObject({ type: "list", children: [{ type: "listItem", checked: true }] });
  });

  it("keeps embedded HTML as html nodes", () => {
    expect(parseMarkdown("<div>x</div>\n").children[0]).toMatchObject({ type: "html", value: "<div>x</div>" });
  });
});
