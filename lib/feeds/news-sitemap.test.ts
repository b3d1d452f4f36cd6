import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildNewsSitemap, newsSitemapSince } from "@/lib/feeds/news-sitemap";

describe("news sitemap", () => {
  it("looks back 48 hours", () => {
    expect(newsSitemapSince(new Date("2026-06-03T09:00:00Z"))).toEqual(new Date("2026-06-01T09:00:00Z"));
  });

  it("writes the Google News fields for every article", () => {
    const xml = buildNewsSitemap({ name: "Masthead & Co", language: "en" }, [
      { loc: "https://news.example.com/articles/a", title: `"Chips" & <AI> 🚀`, publishedAt: new Date("2026-06-03T09:00:00.500Z") },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const { urlset } = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(xml);
    expect(urlset["@_xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
    expect(urlset.url).toEqual({
      loc: "https://news.example.com/articles/a",
      "news:news": {
        "news:publication": { "news:name": "Masthead & Co", "news:language": "en" },
        "news:publication_date": "2026-06-03T09:00:00Z",
        "news:title": `"Chips" & <AI> 🚀`,
      },
    });
  });
});
