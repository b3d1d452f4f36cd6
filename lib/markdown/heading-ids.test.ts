import type { Element, Root } from "hast";
import { describe, it, expect } from "vitest";
import { headingIds } from "./heading-ids";

function el(tagName: string, text: string, properties: Element["properties"] = {}): Element {
  return { type: "element", tagName, properties, children: [{ type: "text", value: text }] };
}

function ids(tree: Root): Array<unknown> {
  return tree.children.map((child) => (child.type === "element" ? child.properties.id : undefined));
}

describe("headingIds", () => {
  it("gives h2 and h3 slug ids", () => {
    const tree: Root = { type: "root", children: [el("h2", "Žinios apie Seimą"), el("h3", "What's next?")] };
    expect(ids(headingIds(tree))).toEqual(["zinios-apie-seima", "what-s-next"]);
  });

  it("uses the text of nested inline content", () => {
    const h2: Element = { type: "element", tagName: "h2", properties: {}, children: [el("em", "Big"), { type: "text", value: " news" }] };
    expect(ids(headingIds({ type: "root", children: [h2] }))).toEqual(["big-news"]);
  });

  it("makes ids unique within the document, including existing ids", () => {
    const tree: Root = {
      type: "root",
      children: [el("p", "x", { id: "background" }), el("h2", "Background"), el("h3", "Background"), el("h2", "Background")],
    };
    expect(ids(headingIds(tree))).toEqual(["background", "background-2", "background-3", "background-4"]);
  });

  it("falls back when the text has no slug, and keeps existing heading ids", () => {
    const tree: Root = { type: "root", children: [el("h2", "🎉"), el("h2", "Кириллица"), el("h2", "Kept", { id: "user-content-x" })] };
    expect(ids(headingIds(tree))).toEqual(["section", "section-2", "user-content-x"]);
  });

  it("ignores other headings and does not mutate the input", () => {
    const input: Root = { type: "root", children: [el("h1", "Title"), el("h4", "Minor")] };
    const snapshot = structuredClone(input);
    expect(headingIds(input)).toEqual(snapshot);
    expect(input).toEqual(snapshot);
  });
});
