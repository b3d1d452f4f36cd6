import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import { slugify, uniqueSlug } from "@/lib/text/slug";
import { cloneTree, type HastStep } from "./hast-step";

const LINKABLE_HEADINGS = new Set(["h2", "h3"]);

/** Used when a heading's text yields no slug (e.g. only emoji or a non-Latin script). */
const FALLBACK_ID = "section";

/**
 * `h2`/`h3` headings get an `id` slugged from their text, unique within the document (also against
 * ids already present, such as sanitised "user-content-…" ids), so they can be linked to.
 * Headings that already carry an id keep it.
 */
export const headingIds: HastStep = (tree) => {
  const out = cloneTree(tree);
  const taken = existingIds(out);
  visit(out, "element", (node) => {
    if (!LINKABLE_HEADINGS.has(node.tagName) || hasId(node)) return;
    const id = uniqueSlug(slugify(toString(node)) || FALLBACK_ID, (candidate) => taken.has(candidate));
    taken.add(id);
    node.properties.id = id;
  });
  return out;
};

function hasId(node: Element): boolean {
  const id = node.properties.id;
  return typeof id === "string" && id !== "";
}

function existingIds(tree: Root): Set<string> {
  const ids = new Set<string>();
  visit(tree, "element", (node) => {
    const id = node.properties.id;
    if (typeof id === "string" && id !== "") ids.add(id);
  });
  return ids;
}
