import type { Element, ElementContent, RootContent } from "hast";
import { cloneTree, type HastStep } from "./hast-step";

const EXTERNAL_HREF = /^(?:https?:)?\/\//i;

/**
 * Links to absolute http(s) (or protocol-relative) URLs get `rel="noopener"`; `target` is never set
 * and relative/internal links are left alone. Links whose `href` is missing or empty (for example
 * because the sanitiser removed a `javascript:` URL) are unwrapped: their content stays, the link goes.
 */
export const externalLinks: HastStep = (tree) => {
  const out = cloneTree(tree);
  out.children = transformChildren(out.children);
  return out;
};

function transformChildren<T extends RootContent | ElementContent>(children: T[]): T[] {
  return children.flatMap((child): T[] => {
    if (child.type !== "element") return [child];
    child.children = transformChildren(child.children);
    if (child.tagName !== "a") return [child];
    const href = child.properties.href;
    if (typeof href !== "string" || href.trim() === "") return child.children as T[];
    if (EXTERNAL_HREF.test(href)) markExternal(child);
    return [child];
  });
}

function markExternal(link: Element): void {
  link.properties.rel = ["noopener"];
  delete link.properties.target;
}
