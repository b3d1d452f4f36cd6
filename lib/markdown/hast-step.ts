import type { Root } from "hast";

/**
 * One pure transform of the article's HTML tree. Steps never mutate their input: they work on a
 * copy and return it, so they can be composed, reordered and tested in isolation.
 */
export type HastStep = (tree: Root) => Root;

/**
 * Deep copy of a tree, for steps that transform in place on their own copy. A tree is plain data
 * (objects, arrays, strings, numbers, booleans), so a plain recursive copy does what
 * structuredClone did at a fraction of its cost (every save and import clones the body's tree
 * once per step).
 */
export function cloneTree(tree: Root): Root {
  return copy(tree) as Root;
}

function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = copy(inner);
  return out;
}

/** Runs steps left to right. */
export function runSteps(tree: Root, steps: readonly HastStep[]): Root {
  return steps.reduce((current, step) => step(current), tree);
}
