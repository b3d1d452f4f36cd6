import type { Element, Root } from "hast";
import { describe, it, expect } from "vitest";
import { tables } from "./tables";

const table: Element = {
  type: "element",
  tagName: "table",
  properties: {},
  children: [{ type: "element", tagName: "tbody", properties: {}, children: [] }],
};

const wrapped: Element = {
  type: "element",
  tagName: "div",
  properties: { className: ["table-scroll"], role: "region", tabIndex: 0, ariaLabel: "Table" },
  children: [table],
};

describe("tables", () => {
  it("wraps each table in an accessible scroll region", () => {
    const tree: Root = { type: "root", children: [table, { type: "text", value: "\n" }, table] };
    expect(tables(tree).children).toEqual([wrapped, { type: "text", value: "\n" }, wrapped]);
  });

  it("wraps nested tables and does not wrap twice", () => {
    const quote: Element = { type: "element", tagName: "blockquote", properties: {}, children: [table] };
    const once = tables({ type: "root", children: [quote] });
    expect(once.children).toEqual([{ ...quote, children: [wrapped] }]);
    expect(tables(once)).toEqual(once);
  });

  it("does not mutate the input", () => {
    const input: Root = { type: "root", children: [table] };
    const snapshot = structuredClone(input);
    tables(input);
    expect(input).toEqual(snapshot);
  });
});
