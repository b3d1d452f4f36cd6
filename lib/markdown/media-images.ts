import type { Element, Properties } from "hast";
import { visit } from "unist-util-visit";
import { MEDIA_WIDTHS, mediaSrcSet, mediaVariantUrl, parseMediaReference, type MediaWidth } from "@/lib/media/variants";
import { cloneTree, type HastStep } from "./hast-step";

/** Article column: 42rem from 48rem viewports up, full width below. */
export const ARTICLE_IMAGE_SIZES = "(min-width: 48rem) 42rem, 100vw";

const FALLBACK_WIDTH: MediaWidth = 960;

/**
 * Images pointing at our media store (`/media/<key>`) become responsive `<picture>` elements: a WebP
 * `<source>` with every stored width, and a JPEG `<img>` (960 px default, full JPEG srcset). Other
 * image attributes (alt, title, width, height …) are kept. Inside a figure, the figure holds the picture.
 */
export const mediaImages: HastStep = (tree) => {
  const out = cloneTree(tree);
  visit(out, "element", (node, index, parent) => {
    if (node.tagName !== "img" || parent === undefined || index === undefined) return;
    const src = node.properties.src;
    const key = typeof src === "string" ? parseMediaReference(src) : null;
    if (key === null) return;
    parent.children[index] = picture(key, node.properties);
  });
  return out;
};

function picture(key: string, imageProperties: Properties): Element {
  const kept: Properties = { ...imageProperties };
  delete kept.src;
  delete kept.srcSet;
  delete kept.sizes;
  const source: Element = {
    type: "element",
    tagName: "source",
    properties: { type: "image/webp", srcSet: mediaSrcSet(key, "webp", MEDIA_WIDTHS), sizes: ARTICLE_IMAGE_SIZES },
    children: [],
  };
  const image: Element = {
    type: "element",
    tagName: "img",
    properties: {
      src: mediaVariantUrl(key, FALLBACK_WIDTH, "jpg"),
      srcSet: mediaSrcSet(key, "jpg", MEDIA_WIDTHS),
      sizes: ARTICLE_IMAGE_SIZES,
      ...kept,
      alt: typeof kept.alt === "string" ? kept.alt : "",
      loading: "lazy",
      decoding: "async",
    },
    children: [],
  };
  return { type: "element", tagName: "picture", properties: {}, children: [source, image] };
}
