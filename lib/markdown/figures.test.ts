import type { Element, Root } from "hast";
import { describe, it, expect } from "vitest";
import { figures } from "./figures";

function img(properties: Element["properties"]): Element {
  return { type: "element", tagName: "img", properties, children: [] };
}

function p(...children: Element["children"]): Element {
  return { type: "element", tagName: "p", properties: {}, children };
}

describe("figures", () => {
  it("turns a paragraph with only a titled image into a figure with a caption", () => {
    const tree: Root = { type: "root", children: [p({ type: "text", value: "\n" }, img({ src: "/a.jpg", alt: "A", title: " Caption " }))] };
    expect(figures(tree).children).toEqual([
      {
        type: "element",
        tagName: "figure",
        properties: {},
        children: [
          img({ src: "/a.jpg", alt: "A", loading: "lazy", decoding: "async" }),
          { type: "element", tagName: "figcaption", properties: {}, children: [{ type: "text", value: "Caption" }] },
        ],
      },
    ]);
  });

  it("leaves untitled or accompanied images in their paragraph, but lazy-loads them", () => {
    const tree: Root = {
      type: "root",
      children: [
        p(img({ src: "/a.jpg", alt: "" })),
        p({ type: "text", value: "See " }, img({ src: "/b.jpg", alt: "", title: "B" })),
        p(img({ src: "/c.jpg", alt: "", title: "   " })),
      ],
    };
    expect(figures(tree).children).toEqual([
      p(img({ src: "/a.jpg", alt: "", loading: "lazy", decoding: "async" })),
      p({ type: "text", value: "See " }, img({ src: "/b.jpg", alt: "", title: "B", loading: "lazy", decoding: "async" })),
      p(img({ src: "/c.jpg", alt: "", title: "   ", loading: "lazy", decoding: "async" })),
    ]);
  });

  it("works inside nested blocks and does not mutate the input", () => {
    const input: Root = {
      type: "root",
      children: [{ type: "element", tagName: "blockquote", properties: {}, children: [p(img({ src: "/a.jpg", title: "T" }))] }],
    };
    const snapshot = structuredClone(input);
    const out = figures(input);
    expect(out.children[0]).toMatchObject({ tagName: "blockquote", children: [{ tagName: "figure" }] });
    expect(input).toEqual(snapshot);
  });
});
