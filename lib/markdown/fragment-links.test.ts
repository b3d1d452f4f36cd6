import type { Element, Root } from "hast";
import { describe, it, expect } from "vitest";
import { fragmentLinks } from "./fragment-links";

function el(tagName: string, properties: Element["properties"], text = "x"): Element {
  return { type: "element", tagName, properties, children: [{ type: "text", value: text }] };
}

function hrefs(tree: Root): Array<unknown> {
  return tree.children.flatMap((child) => (child.type === "element" && child.tagName === "a" ? [child.properties.href] : []));
}

describe("fragmentLinks", () => {
  it("points links at sanitised (prefixed) ids", () => {
    const tree: Root = {
      type: "root",
      children: [el("a", { href: "#fn-1" }), el("li", { id: "user-content-fn-1" }), el("a", { href: "#old" }), el("a", { name: "user-content-old" })],
    };
    expect(hrefs(fragmentLinks(tree))).toEqual(["#user-content-fn-1", "#user-content-old", undefined]);
  });

  it("prefers ids that exist as written and leaves unknown targets alone", () => {
    const tree: Root = {
      type: "root",
      children: [
        el("h2", { id: "background" }),
        el("p", { id: "user-content-background" }),
        el("a", { href: "#background" }),
        el("a", { href: "#nowhere" }),
        el("a", { href: "#" }),
        el("a", { href: "/page#background" }),
      ],
    };
    expect(hrefs(fragmentLinks(tree))).toEqual(["#background", "#nowhere", "#", "/page#background"]);
  });

  it("decodes and re-encodes the fragment, and does not mutate the input", () => {
    const input: Root = { type: "root", children: [el("a", { href: "#caf%C3%A9" }), el("span", { id: "user-content-café" })] };
    const snapshot = structuredClone(input);
    expect(hrefs(fragmentLinks(input))).toEqual(["#user-content-caf%C3%A9"]);
    expect(input).toEqual(snapshot);
  });
});
