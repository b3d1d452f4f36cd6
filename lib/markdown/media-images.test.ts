import type { Element, Root } from "hast";
import { describe, it, expect } from "vitest";
import { MEDIA_WIDTHS } from "@/lib/media/variants";
import { ARTICLE_IMAGE_SIZES, mediaImages } from "./media-images";

function img(properties: Element["properties"]): Element {
  return { type: "element", tagName: "img", properties, children: [] };
}

function wrap(tagName: string, ...children: Element[]): Element {
  return { type: "element", tagName, properties: {}, children };
}

describe("mediaImages", () => {
  it("turns a /media/<key> image into a picture with WebP and JPEG sets", () => {
    const tree: Root = { type: "root", children: [wrap("p", img({ src: "/media/abc", alt: "Harbour", title: "T" }))] };
    const out = mediaImages(tree);
    const webp = MEDIA_WIDTHS.map((w) => `/media/abc/${w}.webp ${w}w`).join(", ");
    const jpg = MEDIA_WIDTHS.map((w) => `/media/abc/${w}.jpg ${w}w`).join(", ");
    expect(out.children).toEqual([
      wrap(
        "p",
        wrap(
          "picture",
          {
            type: "element",
            tagName: "source",
            properties: { type: "image/webp", srcSet: webp, sizes: ARTICLE_IMAGE_SIZES },
            children: [],
          },
          img({
            src: "/media/abc/960.jpg",
            srcSet: jpg,
            sizes: ARTICLE_IMAGE_SIZES,
            alt: "Harbour",
            title: "T",
            loading: "lazy",
            decoding: "async",
          }),
        ),
      ),
    ]);
  });

  it("keeps the picture inside an existing figure", () => {
    const caption: Element = { type: "element", tagName: "figcaption", properties: {}, children: [{ type: "text", value: "C" }] };
    const tree: Root = { type: "root", children: [{ type: "element", tagName: "figure", properties: {}, children: [img({ src: "/media/key-1/", alt: "" }), caption] }] };
    const out = mediaImages(tree);
    expect(out.children[0]).toMatchObject({
      tagName: "figure",
      children: [{ tagName: "picture", children: [{ tagName: "source" }, { tagName: "img", properties: { src: "/media/key-1/960.jpg" } }] }, caption],
    });
  });

  it("leaves other images alone and does not mutate the input", () => {
    const input: Root = {
      type: "root",
      children: [
        img({ src: "https://example.com/a.jpg" }),
        img({ src: "/media/Bad_Key" }),
        img({ src: "/media/abc/960.jpg" }),
        img({}),
      ],
    };
    const snapshot = structuredClone(input);
    expect(mediaImages(input)).toEqual(snapshot);
    expect(input).toEqual(snapshot);
  });
});
