import type { Element, ElementContent, Root } from "hast";
import { describe, it, expect } from "vitest";
import { hastToPlainText } from "./plain-text";

function el(tagName: string, ...children: Array<ElementContent | string>): Element {
  return {
    type: "element",
    tagName,
    properties: {},
    children: children.map((child) => (typeof child === "string" ? { type: "text", value: child } : child)),
  };
}

describe("hastToPlainText", () => {
  it("separates blocks by blank lines and keeps inline text together", () => {
    const tree: Root = {
      type: "root",
      children: [el("h2", "Title"), { type: "text", value: "\n" }, el("p", "Some ", el("strong", "bold"), " text\nwrapped.")],
    };
    expect(hastToPlainText(tree)).toBe("Title\n\nSome bold text wrapped.");
  });

  it("separates table cells and list items", () => {
    const tree: Root = {
      type: "root",
      children: [
        el("table", el("tr", el("th", "A"), el("th", "B")), el("tr", el("td", "1"), el("td", "2"))),
        el("ul", el("li", "one"), el("li", "two")),
      ],
    };
    expect(hastToPlainText(tree)).toBe("A B\n\n1 2\n\none\n\ntwo");
  });

  it("turns line breaks into spaces and skips comments", () => {
    const tree: Root = {
      type: "root",
      children: [el("p", "a", el("br"), "b"), { type: "comment", value: "hidden" }],
    };
    expect(hastToPlainText(tree)).toBe("a b");
  });

  it("includes figure captions but not image attributes", () => {
    const img: Element = { type: "element", tagName: "img", properties: { alt: "alt text" }, children: [] };
    expect(hastToPlainText({ type: "root", children: [el("figure", img, el("figcaption", "Caption"))] })).toBe("Caption");
  });

  it("skips footnote back-links", () => {
    const backref: Element = { ...el("a", "↩"), properties: { href: "#fnref-1", dataFootnoteBackref: "" } };
    expect(hastToPlainText({ type: "root", children: [el("p", "The note. ", backref)] })).toBe("The note.");
  });

  it("returns an empty string for an empty tree", () => {
    expect(hastToPlainText({ type: "root", children: [] })).toBe("");
  });
});
