import { describe, it, expect } from "vitest";
import { MEDIA_WIDTHS } from "@/lib/media/variants";
import { renderArticleBody } from "./render-article-body";

const html = (markdown: string): string => renderArticleBody(markdown).html;

describe("renderArticleBody: Markdown features", () => {
  it("renders headings with anchor ids on h2/h3 only", () => {
    const out = html("# Title\n\n## Žinios apie Seimą\n\n### Details\n\n## Details\n\n#### Minor\n");
    expect(out).toContain("<h1>Title</h1>");
    expect(out).toContain('<h2 id="zinios-apie-seima">Žinios apie Seimą</h2>');
    expect(out).toContain('<h3 id="details">Details</h3>');
    expect(out).toContain('<h2 id="details-2">Details</h2>');
    expect(out).toContain("<h4>Minor</h4>");
  });

  it("renders lists, task lists and quotes", () => {
    const out = html("- one\n- two\n\n1. first\n\n- [x] done\n\n> quoted *text*\n");
    expect(out).toContain("<ul>\n<li>one</li>\n<li>two</li>\n</ul>");
    expect(out).toContain("<ol>\n<li>first</li>\n</ol>");
    expect(out).toContain('<input type="checkbox" checked disabled> done');
    expect(out).toContain("<blockquote>\n<p>quoted <em>text</em></p>\n</blockquote>");
  });

  it("renders links: external get rel=noopener (no target), internal stay as they are", () => {
    const out = html("[ext](https://example.com/a) [int](/news/b) [mail](mailto:desk@example.com) <https://auto.example>\n");
    expect(out).toContain('<a href="https://example.com/a" rel="noopener">ext</a>');
    expect(out).toContain('<a href="/news/b">int</a>');
    expect(out).toContain('<a href="mailto:desk@example.com">mail</a>');
    expect(out).toContain('<a href="https://auto.example" rel="noopener">https://auto.example</a>');
    expect(out).not.toContain("target=");
  });

  it("renders titled images as figures with captions, and lazy-loads every image", () => {
    const out = html('![A harbour](https://img.example/h.jpg "The harbour at dawn")\n\n![Plain](/img/p.png)\n');
    expect(out).toContain(
      '<figure><img src="https://img.example/h.jpg" alt="A harbour" loading="lazy" decoding="async"><figcaption>The harbour at dawn</figcaption></figure>',
    );
    expect(out).toContain('<p><img src="/img/p.png" alt="Plain" loading="lazy" decoding="async"></p>');
  });

  it("renders code blocks with a language class and escapes their content", () => {
    const out = html("```ts\nconst a = <T,>(x: T) => x && '<b>';\n```\n");
    expect(out).toContain('<pre><code class="language-ts">const a = &#x3C;T,>(x: T) => x &#x26;&#x26; \'&#x3C;b>\';\n</code></pre>');
  });

  it("renders GFM tables inside an accessible scroll region, with alignment", () => {
    const out = html("| Party | Seats |\n|:------|------:|\n| A | 12 |\n");
    expect(out).toMatch(/^<div class="table-scroll" role="region" tabindex="0" aria-label="Table"><table>/);
    expect(out).toContain('<th align="left">Party</th>');
    expect(out).toContain('<td align="right">12</td>');
    expect(out).toMatch(/<\/table><\/div>$/);
  });

  it("turns /media/<key> images into pictures with a WebP source for every width", () => {
    const out = html('![Harbour](/media/abc "Caption")\n');
    const webp = MEDIA_WIDTHS.map((w) => `/media/abc/${w}.webp ${w}w`).join(", ");
    const jpg = MEDIA_WIDTHS.map((w) => `/media/abc/${w}.jpg ${w}w`).join(", ");
    expect(out).toBe(
      `<figure><picture><source type="image/webp" srcset="${webp}" sizes="(min-width: 48rem) 42rem, 100vw">` +
        `<img src="/media/abc/960.jpg" srcset="${jpg}" sizes="(min-width: 48rem) 42rem, 100vw" alt="Harbour" loading="lazy" decoding="async">` +
        "</picture><figcaption>Caption</figcaption></figure>",
    );
    for (const width of MEDIA_WIDTHS) expect(out).toContain(`/media/abc/${width}.webp ${width}w`);
  });

  it("keeps footnote links working with sanitised ids", () => {
    const out = html("Claim[^1].\n\n[^1]: Source.\n");
    expect(out).toContain('<a href="#user-content-fn-1" id="user-content-fnref-1"');
    expect(out).toContain('<li id="user-content-fn-1">');
    expect(out).toContain('href="#user-content-fnref-1"');
    expect(out).toContain('<h2 class="sr-only" id="user-content-footnote-label">');
  });
});

describe("renderArticleBody: security", () => {
  it("never outputs a live script element", () => {
    const out = html("<script>alert(1)</script>\n\nText <script>alert(2)</script>\n\n<SCRIPT SRC=//evil.test/x.js></SCRIPT>\n");
    expect(out.toLowerCase()).not.toContain("<script");
    expect(out).not.toContain("alert");
  });

  it("drops event handlers on images", () => {
    const out = html("<img src=x onerror=alert(1)>\n");
    expect(out).toContain("<img");
    expect(out.toLowerCase()).not.toContain("onerror");
    expect(out).not.toContain("alert");
  });

  it("removes javascript: hrefs from Markdown links and keeps their text", () => {
    const out = html("[x](javascript:alert(1)) [y](JAVASCRIPT:alert(1))\n");
    expect(out).toBe("<p>x y</p>");
  });

  it("removes javascript: hrefs from HTML links", () => {
    const out = html('<a href="javascript:alert(1)">a</a> <a href=" javascript:alert(1)">b</a> <a href="jav&#x09;ascript:alert(1)">c</a>\n');
    expect(out).not.toMatch(/javascript|<a/i);
    expect(out).toContain("a b c");
  });

  it("removes iframes, objects and embeds", () => {
    const out = html('<iframe src="https://evil.test"></iframe>\n\n<object data="x.swf"></object><embed src="x.swf">\n');
    expect(out).not.toMatch(/<iframe|<object|<embed|evil\.test|x\.swf/i);
  });

  it("removes SVG with onload", () => {
    const out = html("<svg onload=alert(1)><circle r=1 /></svg>\n\n<svg><script>alert(2)</script></svg>\n");
    expect(out).not.toMatch(/<svg|onload|alert|<circle/i);
  });

  it("removes style attributes and style elements", () => {
    const out = html('<p style="background:url(javascript:alert(1))">t</p>\n\n<style>body{display:none}</style>\n');
    expect(out).not.toMatch(/style|javascript|display/i);
    expect(out).toContain("<p>t</p>");
  });

  it("removes data: URLs from image sources", () => {
    const out = html('![x](data:image/svg+xml;base64,PHN2Zz4=)\n\n<img src="data:text/html,<script>alert(1)</script>">\n');
    expect(out).not.toMatch(/data:|alert|<script/i);
  });

  it("neutralises a mixed payload end to end", () => {
    const out = html(
      [
        '<a href="javascript:alert(1)" onclick="alert(2)" style="x">click</a>',
        '<img src="javascript:alert(3)" onload="alert(4)">',
        '<form action="https://evil.test"><input name="q" type="text"><button formaction="javascript:alert(5)">go</button></form>',
        '<meta http-equiv="refresh" content="0;url=https://evil.test"><base href="https://evil.test/">',
        '<div onmouseover="alert(6)">hover</div>',
      ].join("\n\n"),
    );
    expect(out).not.toMatch(/alert|javascript|on[a-z]+=|style=|<form|<meta|<base|<button|evil\.test|type="text"/i);
    expect(out).toContain("click");
    expect(out).toContain("hover");
  });
});

describe("renderArticleBody: derived text", () => {
  it("derives plain text, word count and reading time from the rendered body", () => {
    const body = renderArticleBody('## Heading\n\nOne *two* three.\n\n![alt text](/media/abc "Four five")\n\n<script>six()</script>\n');
    expect(body.plainText).toBe("Heading\n\nOne two three.\n\nFour five");
    expect(body.wordCount).toBe(6);
    expect(body.readingMinutes).toBe(1);
    expect(body.excerpt).toBe("Heading One two three. Four five");
  });

  it("computes reading time for long bodies and cuts the excerpt at a word boundary", () => {
    const paragraph = "Lorem ipsum dolor sit amet consectetur adipiscing elit sed do. ";
    const body = renderArticleBody(`${paragraph.repeat(50)}\n`);
    expect(body.wordCount).toBe(500);
    expect(body.readingMinutes).toBe(3);
    expect(body.excerpt.endsWith("…")).toBe(true);
    expect(body.excerpt.length).toBeLessThanOrEqual(201);
    expect(paragraph.repeat(50).startsWith(body.excerpt.slice(0, -1))).toBe(true);
  });

  it("handles an empty body", () => {
    expect(renderArticleBody("")).toEqual({ html: "", plainText: "", wordCount: 0, readingMinutes: 1, excerpt: "" });
  });

  it("is deterministic", () => {
    const markdown = "## A\n\n## A\n\n| x |\n|---|\n| 1 |\n";
    expect(renderArticleBody(markdown)).toEqual(renderArticleBody(markdown));
  });
});

describe("renderArticleBody: typographic quotes", () => {
  it("gives prose typographic quotes and apostrophes, in English unless told otherwise, never in code", () => {
    const markdown = `"It's ready," she said. Run \`git commit -m "it's"\`.\n`;
    expect(html(markdown)).toContain("<p>“It’s ready,” she said. Run <code>git commit -m \"it's\"</code>.</p>");
    expect(renderArticleBody(markdown, { locale: "lt" }).html).toContain("„It’s ready,“ she said.");
    expect(renderArticleBody(markdown).plainText).toContain("“It’s ready,”");
  });
});
