import type { Root } from "hast";
import { describe, it, expect } from "vitest";
import { cloneTree, runSteps, type HastStep } from "./hast-step";

const text = (value: string): Root => ({ type: "root", children: [{ type: "text", value }] });

const append =
  (suffix: string): HastStep =>
  (tree) => {
    const out = cloneTree(tree);
    const first = out.children[0];
    if (first?.type === "text") first.value += suffix;
    return out;
  };

describe("runSteps", () => {
  it("runs steps left to right", () => {
    expect(runSteps(text("a"), [append("b"), append("c")])).toEqual(text("abc"));
  });

  it("returns the tree unchanged with no steps", () => {
    const tree = text("a");
    expect(runSteps(tree, [])).toBe(tree);
  });
});

describe("cloneTree", () => {
  it("makes a deep copy", () => {
    const tree = text("a");
    const copy = cloneTree(tree);
    expect(copy).toEqual(tree);
    expect(copy.children[0]).not.toBe(tree.children[0]);
  });

  it("copies properties, positions and data all the way down, sharing nothing", () => {
    const tree: Root = {
      type: "root",
      children: [{ type: "element", tagName: "p", properties: { className: ["a"], hidden: true, tabIndex: 0, title: null as unknown as string }, children: [], position: { start: { line: 1, column: 1 }, end: { line: 1, column: 4 } }, data: { meta: "x" } as never }],
    };
    const copy = cloneTree(tree);
    expect(copy).toEqual(tree);
    const [original, copied] = [tree.children[0], copy.children[0]] as [{ properties: { className: string[] }; position: object }, { properties: { className: string[] }; position: object }];
    copied.properties.className.push("b");
    expect(original.properties.className).toEqual(["a"]);
    expect(copied.position).not.toBe(original.position);
  });
});
