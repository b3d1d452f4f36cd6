import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import {
  buildSitemapIndex,
  buildUrlSet,
  countSitemapChunks,
  parseSitemapChunkFile,
  planSitemap,
  SITEMAP_CHUNK_URLS,
  SITEMAP_MAX_URLS,
  type SitemapUrl,
} from "@/lib/feeds/sitemap";

const urls = (count: number): SitemapUrl[] =>
  Array.from({ length: count }, (_, i) => ({ loc: `https://news.example.com/articles/a-${i + 1}`, lastModified: new Date(Date.UTC(2026, 0, i + 1)) }));

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ["url", "sitemap"].includes(name) });

describe("sitemap chunking", () => {
  it("writes files of 10,000 URLs by default, within the protocol's limit of 50,000", () => {
    expect(SITEMAP_MAX_URLS).toBe(50_000);
    expect(SITEMAP_CHUNK_URLS).toBe(10_000);
    expect(countSitemapChunks(10_000)).toBe(1);
    expect(countSitemapChunks(10_001)).toBe(2);
  });

  it("keeps a sitemap of up to `max` URLs as one urlset", () => {
    expect(planSitemap(urls(3), 3)).toEqual({ kind: "urlset", urls: urls(3) });
    expect(planSitemap([], 3)).toEqual({ kind: "urlset", urls: [] });
  });

  it("turns a longer list into an index of chunks, each with its newest lastModified", () => {
    expect(planSitemap(urls(7), 3)).toEqual({
      kind: "index",
      chunks: [
        { n: 1, lastModified: new Date(Date.UTC(2026, 0, 3)) },
        { n: 2, lastModified: new Date(Date.UTC(2026, 0, 6)) },
        { n: 3, lastModified: new Date(Date.UTC(2026, 0, 7)) },
      ],
    });
  });

  it("gives a chunk null lastModified when none of its URLs has one", () => {
    const plan = planSitemap([{ loc: "a" }, { loc: "b" }, { loc: "c", lastModified: null }], 2);
    expect(plan).toEqual({ kind: "index", chunks: [{ n: 1, lastModified: null }, { n: 2, lastModified: null }] });
  });

  it("reads a chunk number only from names like 3.xml", () => {
    expect(parseSitemapChunkFile("1.xml")).toBe(1);
    expect(parseSitemapChunkFile("42.xml")).toBe(42);
    for (const bad of ["0.xml", "01.xml", "-1.xml", "1.5.xml", "1", "x.xml", "1.xml.gz", "1234567.xml"]) {
      expect(parseSitemapChunkFile(bad)).toBeNull();
    }
  });
});

describe("sitemap documents", () => {
  it("writes a urlset with loc and lastmod", () => {
    const xml = buildUrlSet([...urls(1), { loc: "https://news.example.com/?a=1&b=2" }]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const { urlset } = parser.parse(xml);
    expect(urlset["@_xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(urlset.url).toEqual([
      { loc: "https://news.example.com/articles/a-1", lastmod: "2026-01-01T00:00:00Z" },
      { loc: "https://news.example.com/?a=1&b=2" },
    ]);
  });

  it("writes a sitemap index", () => {
    const xml = buildSitemapIndex([{ loc: "https://news.example.com/sitemaps/1.xml", lastModified: new Date("2026-01-03T00:00:00Z") }]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).sitemapindex.sitemap).toEqual([
      { loc: "https://news.example.com/sitemaps/1.xml", lastmod: "2026-01-03T00:00:00Z" },
    ]);
  });
});
