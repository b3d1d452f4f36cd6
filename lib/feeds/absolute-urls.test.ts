import { describe, expect, it } from "vitest";
import { absolutizeHtmlUrls, absoluteUrlAgainst } from "@/lib/feeds/absolute-urls";
import { renderArticleBody } from "@/lib/markdown/render-article-body";

const base = "https://news.example.com/articles/a-story";

describe("absoluteUrlAgainst", () => {
  it("resolves root-relative, relative and fragment URLs against the article", () => {
    expect(absoluteUrlAgainst("/media/x/960.jpg", base)).toBe("https://news.example.com/media/x/960.jpg");
    expect(absoluteUrlAgainst("other", base)).toBe("https://news.example.com/articles/other");
    expect(absoluteUrlAgainst("#user-content-intro", base)).toBe(`${base}#user-content-intro`);
  });

  it("leaves URLs with a scheme and empty values alone", () => {
    expect(absoluteUrlAgainst("https://example.org/a", base)).toBe("https://example.org/a");
    expect(absoluteUrlAgainst("mailto:desk@example.org", base)).toBe("mailto:desk@example.org");
    expect(absoluteUrlAgainst("", base)).toBe("");
  });
});

describe("absolutizeHtmlUrls", () => {
  it("rewrites href, src, srcset and cite", () => {
    const html =
      '<p><a href="/tags/eu">EU</a></p><picture><source srcset="/media/k/320.webp 320w, /media/k/640.webp 640w"><img src="/media/k/960.jpg" alt="A"></picture><blockquote cite="/x"></blockquote>';
    expect(absolutizeHtmlUrls(html, base)).toBe(
      '<p><a href="https://news.example.com/tags/eu">EU</a></p><picture><source srcset="https://news.example.com/media/k/320.webp 320w, https://news.example.com/media/k/640.webp 640w"><img src="https://news.example.com/media/k/960.jpg" alt="A"></picture><blockquote cite="https://news.example.com/x"></blockquote>',
    );
  });

  it("keeps absolute links and attributes that only mention a URL", () => {
    const html = '<a href="https://example.org/" title="see href=&#x22;/x&#x22;" rel="noopener">x</a>';
    expect(absolutizeHtmlUrls(html, base)).toBe(html);
  });

  it("does not touch text that looks like markup", () => {
    const html = "<p>write &#x3C;a href=\"/x\"> to link</p>";
    expect(absolutizeHtmlUrls(html, base)).toBe(html);
  });

  it("decodes and re-encodes entities in a rewritten value", () => {
    expect(absolutizeHtmlUrls('<a href="/search?q=a&#x26;page=2">s</a>', base)).toBe(
      '<a href="https://news.example.com/search?q=a&amp;page=2">s</a>',
    );
  });

  it("makes a rendered article body's media images and heading links absolute", () => {
    const { html } = renderArticleBody("## Intro\n\nSee [intro](#intro).\n\n![A chart](/media/chart-1)");
    const out = absolutizeHtmlUrls(html, base);
    expect(out).toContain('src="https://news.example.com/media/chart-1/960.jpg"');
    expect(out).toContain("https://news.example.com/media/chart-1/320.webp 320w");
    expect(out).toContain(`href="${base}#intro"`);
    expect(out).not.toMatch(/(?:src|href)="\//);
    expect(out).not.toMatch(/srcset="\//i);
  });
});
