import { describe, expect, it } from "vitest";
import { lexicalToHtml, mobiledocToHtml } from "./editor-html";

describe("Ghost editor documents without HTML", () => {
  it("renders Lexical text, formats, links, lists and images, and counts cards that carry nothing", () => {
    const doc = {
      root: {
        children: [
          { type: "paragraph", children: [{ type: "extended-text", text: "a < b", format: 3 }, { type: "linebreak" }, { type: "link", url: "https://x.example/?a=1&b=2", children: [{ type: "text", text: "x" }] }] },
          { type: "extended-heading", tag: "h3", children: [{ type: "text", text: "H" }] },
          { type: "list", listType: "number", children: [{ type: "listitem", children: [{ type: "text", text: "one" }] }] },
          { type: "image", src: "/i.jpg", alt: "I", caption: "Cap" },
          { type: "signup" },
        ],
      },
    };
    const skipped = new Map<string, number>();
    expect(lexicalToHtml(JSON.stringify(doc), skipped)).toBe(
      '<p><em><strong>a &lt; b</strong></em><br><a href="https://x.example/?a=1&amp;b=2">x</a></p><h3>H</h3><ol><li>one</li></ol><figure><img src="/i.jpg" alt="I"><figcaption>Cap</figcaption></figure>',
    );
    expect([...skipped]).toEqual([["Ghost signup card", 1]]);
  });

  it("renders Mobiledoc sections, markups and content cards", () => {
    const doc = {
      markups: [["a", ["href", "/x/"]], ["strong"]],
      cards: [["markdown", { markdown: "**md**" }], ["html", { html: "<p>raw</p>" }], ["paywall", {}]],
      sections: [[1, "h2", [[0, [], 0, "Title"]]], [1, "p", [[0, [1], 1, "bold "], [0, [0], 1, "link"]]], [3, "ul", [[[0, [], 0, "item"]]]], [10, 0], [10, 1], [10, 2]],
    };
    const skipped = new Map<string, number>();
    expect(mobiledocToHtml(JSON.stringify(doc), skipped)).toBe('<h2>Title</h2><p><strong>bold </strong><a href="/x/">link</a></p><ul><li>item</li></ul><pre data-markdown="">**md**</pre><p>raw</p>');
    expect([...skipped]).toEqual([["Ghost paywall card", 1]]);
  });
});
