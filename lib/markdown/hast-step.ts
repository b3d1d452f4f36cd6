import type { Root } from "hast";

/**
 * One pure transform of the article's HTML tree. Steps never mutate their input: they work on a
 * copy and return it, so they can be composed, reordered and tested in isolation.
 */
export type HastStep = (tree: Root) => Root;

/** Deep copy of a tree, for steps that transform in place on their own copy. */
export function cloneTree(tree: Root): Root {
  return structuredClone(tree);
}

/** Runs steps left to right. */
export function runSteps(tree: Root, steps: readonly HastStep[]): Root {
  return steps.reduce((current, step) => step(current), tree);
}
