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
});
