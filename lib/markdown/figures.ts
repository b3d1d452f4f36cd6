import type { Element, ElementContent } from "hast";
import { visit } from "unist-util-visit";
import { cloneTree, type HastStep } from "./hast-step";

/**
 * Every image gets `loading="lazy"` and `decoding="async"`. A paragraph holding nothing but one
 * titled image becomes `<figure><img …><figcaption>title</figcaption></figure>` (the title moves
 * from the image into the caption).
 */
export const figures: HastStep = (tree) => {
  const out = cloneTree(tree);
  visit(out, "element", (node, index, parent) => {
    if (node.tagName === "img") {
      node.properties.loading = "lazy";
      node.properties.decoding = "async";
      return;
    }
    if (node.tagName !== "p" || parent === undefined || index === undefined) return;
    const image = soleImage(node);
    const title = image === undefined ? "" : titleOf(image);
    if (image === undefined || title === "") return;
    delete image.properties.title;
    image.properties.loading = "lazy";
    image.properties.decoding = "async";
    parent.children[index] = figure(image, title);
  });
  return out;
};

function soleImage(paragraph: Element): Element | undefined {
  const meaningful = paragraph.children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
  const [only] = meaningful;
  return meaningful.length === 1 && only?.type === "element" && only.tagName === "img" ? only : undefined;
}

function titleOf(image: Element): string {
  const title = image.properties.title;
  return typeof title === "string" ? title.trim() : "";
}

function figure(image: Element, caption: string): Element {
  const figcaption: ElementContent = {
    type: "element",
    tagName: "figcaption",
    properties: {},
    children: [{ type: "text", value: caption }],
  };
  return { type: "element", tagName: "figure", properties: {}, children: [image, figcaption] };
}

