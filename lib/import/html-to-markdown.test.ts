import { describe, expect, it } from "vitest";
import { embedUrl, htmlToMarkdown, type BodyRewrites } from "./html-to-markdown";

const rewrites: BodyRewrites = {
  image: (src) => (src.startsWith("http://old.example/uploads/") ? `/media/m-${src.split("/").pop()!.replace(/\.\w+$/, "")}` : null),
  link: (href) => href.replace("http://old.example/2026/10/story/", "/articles/story"),
};
const md = (html: string) => htmlToMarkdown(html, rewrites);

describe("htmlToMarkdown", () => {
  it("keeps paragraphs, headings, emphasis, lists and quotes", () => {
    expect(md("<h2>Title</h2><p>One <strong>bold</strong> and <em>italic</em>.</p><ul><li>a</li><li>b</li></ul><ol start=\"3\"><li>c</li><li>d</li></ol>")).toBe(
      "## Title\n\nOne **bold** and *italic*.\n\n- a\n- b\n\n3. c\n4. d\n",
    );
  });

  it("turns an image figure into an image whose title is the caption, on a line of its own", () => {
    expect(md('<p>Before</p><figure class="wp-block-image"><img src="http://old.example/uploads/a.jpg" alt="An [odd] alt"><figcaption>The "caption"</figcaption></figure>')).toBe(
      'Before\n\n![An \\[odd\\] alt](/media/m-a "The \\"caption\\"")\n',
    );
  });

  it("lays a gallery out as its images, then its caption in italics", () => {
    const gallery = '<figure class="kg-gallery-card"><div><img src="http://old.example/uploads/a.jpg" alt="A"><img src="http://old.example/uploads/b.jpg" alt="B"></div><figcaption>Both</figcaption></figure>';
    expect(md(gallery)).toBe("![A](/media/m-a)\n\n![B](/media/m-b)\n\n*Both*\n");
  });

  it("turns an embed into a link to what it showed, and a frame into the page it framed", () => {
    expect(md('<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\nhttps://www.youtube.com/watch?v=abc123XYZ\n</div><figcaption>Watch</figcaption></figure>')).toBe(
      "<https://www.youtube.com/watch?v=abc123XYZ>\n\n*Watch*\n",
    );
    expect(md('<figure class="kg-embed-card"><iframe src="https://www.youtube.com/embed/abc123XYZ?feature=oembed"></iframe></figure>')).toBe("<https://www.youtube.com/watch?v=abc123XYZ>\n");
  });

  it("keeps a table with its header row, and its caption after it", () => {
    expect(md("<figure class=\"wp-block-table\"><table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table><figcaption>Source: us</figcaption></figure>")).toBe(
      "| A | B |\n| --- | --- |\n| 1 | 2 |\n\n*Source: us*\n",
    );
  });

  it("puts a quotation's source on a line of its own", () => {
    expect(md('<blockquote class="wp-block-quote"><p>Words.</p><cite>Someone</cite></blockquote>')).toBe("> Words.\n> \n> — Someone\n");
  });

  it("rewrites links, keeps other links, and turns an image it could not import into a link", () => {
    expect(md('<p><a href="http://old.example/2026/10/story/">ours</a>, <a href="https://else.example/">theirs</a> <img src="https://cdn.example/x.png" alt="X"></p>')).toBe(
      "[ours](/articles/story), [theirs](https://else.example/) [X](https://cdn.example/x.png)\n",
    );
  });

  it("drops scripts and forms, and escapes Markdown in text", () => {
    expect(md("<p>1. not a list *really*</p><script>alert(1)</script><form><input></form>")).toBe("1\\. not a list \\*really\\*\n");
  });

  it("passes a Markdown card through unchanged", () => {
    expect(md('<pre data-markdown="">**bold** _x_</pre>')).toBe("**bold** _x_\n");
  });
});

describe("embedUrl", () => {
  it("is null for a figure that names no page", () => {
    const figure = { getElementsByTagName: () => [], childNodes: [{ nodeName: "#text", textContent: "no link here" }] } as unknown as HTMLElement;
    expect(embedUrl(figure)).toBeNull();
  });
});
