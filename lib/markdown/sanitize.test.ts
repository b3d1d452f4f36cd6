import type { Root } from "hast";
import { describe, it, expect } from "vitest";
import { hastToHtml } from "./hast-to-html";
import { mdastToHast } from "./mdast-to-hast";
import { parseMarkdown } from "./parse-markdown";
import { sanitizeHast } from "./sanitize";

const clean = (markdown: string): string => hastToHtml(sanitizeHast(mdastToHast(parseMarkdown(markdown))));

describe("sanitizeHast with the article schema", () => {
  it("keeps ordinary article markup", () => {
    expect(clean("## T\n\n*a* **b** `c` ~~d~~\n\n> q\n")).toBe(
      "<h2>T</h2>\n<p><em>a</em> <strong>b</strong> <code>c</code> <del>d</del></p>\n<blockquote>\n<p>q</p>\n</blockquote>",
    );
  });

  it("removes scripts, styles, iframes, SVG and MathML with their content", () => {
    const html = clean(
      "<script>alert(1)</script>\n\n<style>p{}</style>\n\n<iframe src=\"https://x.test\">f</iframe>\n\n<svg onload=alert(1)><text>s</text></svg>\n\n<math><mi>m</mi></math>\n",
    );
    // svg/math are inline HTML in Markdown, so their (now empty) paragraphs remain.
    expect(html.replace(/\s/g, "")).toBe("<p></p><p></p>");
  });

  it("drops event handlers and style attributes", () => {
    expect(clean('<p style="color:red" onclick="x()" onmouseover="y()">t</p>\n')).toBe("<p>t</p>");
  });

  it("only allows http, https, mailto and relative hrefs", () => {
    const html = clean(
      "[a](https://a.test) [b](mailto:x@y.test) [c](/rel) [d](javascript:alert(1)) [e](vbscript:x) [f](data:text/html,x)\n",
    );
    expect(html).toContain('href="https://a.test"');
    expect(html).toContain('href="mailto:x@y.test"');
    expect(html).toContain('href="/rel"');
    expect(html).not.toMatch(/javascript:|vbscript:|data:/);
  });

  it("rejects obfuscated javascript: URLs in raw HTML", () => {
    const html = clean(
      '<a href=" JaVaScRiPt:alert(1)">a</a> <a href="java&#x09;script:alert(1)">b</a> <a href="&#106;avascript:alert(1)">c</a>\n',
    );
    expect(html).not.toMatch(/href/);
  });

  it("only allows http, https and relative image sources", () => {
    const html = clean("![a](https://a.test/x.png) ![b](/media/k) ![c](data:image/png;base64,AAAA) ![d](javascript:x)\n");
    expect(html).toContain('src="https://a.test/x.png"');
    expect(html).toContain('src="/media/k"');
    expect(html).not.toMatch(/data:|javascript:/);
  });

  it("does not accept author-written picture/source elements", () => {
    const html = clean('<picture><source srcset="javascript:alert(1)"><img src="/a.png"></picture>\n');
    expect(html).toBe('<p><img src="/a.png"></p>');
  });

  it("allows a single language-* class on code only", () => {
    expect(clean("```ts\nx\n```\n")).toBe('<pre><code class="language-ts">x\n</code></pre>');
    expect(clean('<code class="language-js evil">x</code> <span class="evil">y</span>\n')).toBe(
      '<p><code class="language-js">x</code> <span>y</span></p>',
    );
  });

  it("keeps table alignment but only known values", () => {
    const html = clean('| a | b |\n|:-:|--:|\n| 1 | 2 |\n\n<p align="center">p</p>\n\n<table><tr><td align="evil">x</td></tr></table>\n');
    expect(html).toContain('<th align="center">a</th>');
    expect(html).toContain('<td align="right">2</td>');
    expect(html).toContain("<p>p</p>");
    expect(html).toContain("<td>x</td>");
  });

  it("prefixes author ids and names against DOM clobbering", () => {
    expect(clean('<h2 id="current">x</h2>\n')).toBe('<h2 id="user-content-current">x</h2>');
  });

  it("removes comments and does not mutate the input", () => {
    const input: Root = { type: "root", children: [{ type: "comment", value: "x" }] };
    const snapshot = structuredClone(input);
    expect(sanitizeHast(input).children).toEqual([]);
    expect(input).toEqual(snapshot);
  });
});
