import type { Element } from "hast";
import { visit } from "unist-util-visit";
import { cloneTree, type HastStep } from "./hast-step";

export const TABLE_SCROLL_CLASS = "table-scroll";

/**
 * Wraps every table in a focusable, labelled scroll region
 * (`<div class="table-scroll" role="region" tabindex="0" aria-label="Table">`), so wide tables scroll
 * sideways on phones and keyboard users can scroll them too.
 */
export const tables: HastStep = (tree) => {
  const out = cloneTree(tree);
  visit(out, "element", (node, index, parent) => {
    if (node.tagName !== "table" || parent === undefined || index === undefined) return;
    if (parent.type === "element" && isScrollWrapper(parent)) return;
    parent.children[index] = scrollWrapper(node);
  });
  return out;
};

function scrollWrapper(table: Element): Element {
  return {
    type: "element",
    tagName: "div",
    properties: { className: [TABLE_SCROLL_CLASS], role: "region", tabIndex: 0, ariaLabel: "Table" },
    children: [table],
  };
}

function isScrollWrapper(node: Element): boolean {
  const className = node.properties.className;
  return node.tagName === "div" && Array.isArray(className) && className.includes(TABLE_SCROLL_CLASS) && node.properties.role === "region";
}
