import type { Element, Root } from "hast";
import { describe, it, expect } from "vitest";
import { externalLinks } from "./external-links";

function link(href: string | undefined, text = "x"): Element {
  return {
    type: "element",
    tagName: "a",
    properties: href === undefined ? {} : { href },
    children: [{ type: "text", value: text }],
  };
}

function paragraph(...children: Element[]): Root {
  return { type: "root", children: [{ type: "element", tagName: "p", properties: {}, children }] };
}

function firstChildOfParagraph(tree: Root) {
  const p = tree.children[0];
  if (p?.type !== "element") throw new Error("expected a paragraph");
  return p.children;
}

describe("externalLinks", () => {
  it("adds rel=noopener to absolute http(s) links, without target", () => {
    for (const href of ["https://example.com/a", "http://example.com", "HTTPS://EXAMPLE.COM", "//cdn.example.com"]) {
      const [a] = firstChildOfParagraph(externalLinks(paragraph(link(href))));
      expect(a).toMatchObject({ tagName: "a", properties: { href, rel: ["noopener"] } });
      expect((a as Element).properties.target).toBeUndefined();
    }
  });

  it("leaves relative, fragment and mailto links untouched", () => {
    for (const href of ["/news/a", "other", "#section", "?q=1", "mailto:desk@example.com"]) {
      const [a] = firstChildOfParagraph(externalLinks(paragraph(link(href))));
      expect(a).toEqual(link(href));
    }
  });

  it("unwraps links without an href, keeping their text", () => {
    const out = externalLinks(paragraph(link(undefined, "kept"), link("", "also"), link("  ", "too")));
    expect(firstChildOfParagraph(out)).toEqual([
      { type: "text", value: "kept" },
      { type: "text", value: "also" },
      { type: "text", value: "too" },
    ]);
  });

  it("handles nested links inside unwrapped ones and does not mutate the input", () => {
    const outer = link(undefined);
    outer.children = [link("https://example.com", "inner")];
    const input = paragraph(outer);
    const snapshot = structuredClone(input);
    const out = externalLinks(input);
    expect(firstChildOfParagraph(out)).toMatchObject([{ tagName: "a", properties: { rel: ["noopener"] } }]);
    expect(input).toEqual(snapshot);
  });
});
