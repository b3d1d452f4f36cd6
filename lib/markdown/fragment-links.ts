import type { Root } from "hast";
import { visit } from "unist-util-visit";
import { cloneTree, type HastStep } from "./hast-step";

/** The prefix the sanitiser puts on every author-supplied `id`/`name` (hast-util-sanitize default). */
export const USER_CONTENT_PREFIX = "user-content-";

/**
 * In-page links (`#target`) whose target only exists with the sanitiser's "user-content-" prefix are
 * pointed at the prefixed id, so footnotes and author-written anchors keep working while ids stay
 * clobber-safe. Links to ids that exist as written (e.g. generated heading ids) are left alone.
 */
export const fragmentLinks: HastStep = (tree) => {
  const out = cloneTree(tree);
  const ids = collectIds(out);
  visit(out, "element", (node) => {
    if (node.tagName !== "a") return;
    const href = node.properties.href;
    if (typeof href !== "string" || !href.startsWith("#") || href.length < 2) return;
    const target = decodeFragment(href.slice(1));
    if (ids.has(target)) return;
    if (ids.has(USER_CONTENT_PREFIX + target)) {
      node.properties.href = `#${USER_CONTENT_PREFIX}${encodeURIComponent(target)}`;
    }
  });
  return out;
};

function collectIds(tree: Root): Set<string> {
  const ids = new Set<string>();
  visit(tree, "element", (node) => {
    for (const value of [node.properties.id, node.properties.name]) {
      if (typeof value === "string" && value !== "") ids.add(value);
    }
  });
  return ids;
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
