import { describe, expect, it } from "vitest";
import { expandShortcodes, hasBlocks, resolveWordPressBody } from "./wp-body";

const attachments = new Map([["21", { url: "http://wp.example/wp-content/uploads/a.jpg", alt: "A <robot>", caption: "Caption & more" }]]);

describe("resolveWordPressBody", () => {
  it("adds wpautop paragraphs to a classic-editor body", () => {
    expect(resolveWordPressBody("One line\nnext line\n\nSecond paragraph", attachments, new Map())).toBe("<p>One line<br />\nnext line</p>\n<p>Second paragraph</p>\n");
  });

  it("leaves block-editor HTML as it is, without its block comments", () => {
    const html = "<!-- wp:paragraph -->\n<p>Text</p>\n<!-- /wp:paragraph -->";
    expect(hasBlocks(html)).toBe(true);
    expect(resolveWordPressBody(html, attachments, new Map())).toBe("\n<p>Text</p>\n");
  });

  it("turns [caption] into a figure whose caption is the text after the image", () => {
    const out = resolveWordPressBody('[caption id="attachment_18" width="800"]<img src="x.jpg" alt="X" /> About 6 °C.[/caption]', attachments, new Map());
    expect(out).toContain('<figure class="wp-caption"><img src="x.jpg" alt="X" /><figcaption>About 6 °C.</figcaption></figure>');
  });
});

describe("expandShortcodes", () => {
  it("expands galleries from the export's attachments, escaping their text", () => {
    expect(expandShortcodes('[gallery ids="21,999"]', attachments, new Map())).toBe(
      '<figure class="wp-block-gallery"><figure class="wp-block-image"><img src="http://wp.example/wp-content/uploads/a.jpg" alt="A &lt;robot&gt;"><figcaption>Caption &amp; more</figcaption></figure></figure>',
    );
  });

  it("expands [embed] to the page it embeds", () => {
    expect(expandShortcodes("[embed]https://vimeo.com/1[/embed]", attachments, new Map())).toBe('<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">https://vimeo.com/1</div></figure>');
  });

  it("keeps unknown shortcodes as text and counts them; an editor's bracketed note is not one", () => {
    const unknown = new Map<string, number>();
    const text = '[pullquote]Q[/pullquote] [contact-form-7 id="5"] [pullquote]R[/pullquote] [Editor\'s note: later] [[escaped]]';
    expect(expandShortcodes(text, attachments, unknown)).toBe(text);
    expect([...unknown]).toEqual([
      ["pullquote", 2],
      ["contact-form-7", 1],
    ]);
  });
});
