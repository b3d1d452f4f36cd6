import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as newsSitemap } from "@/app/(site)/news-sitemap.xml/route";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createArticle } from "@/test/factories";

const HOUR = 3_600_000;
const SITE = "http://localhost:3000";
const TITLE = `"Chips" & <AI>: what's next 🚀`;

interface NewsEntry {
  loc: string;
  "news:news": {
    "news:publication": { "news:name": string; "news:language": string };
    "news:publication_date": string;
    "news:title": string;
  };
}

describe("news-sitemap.xml", () => {
  const published: Record<string, Date> = {};
  const hidden: string[] = [];

  beforeAll(async () => {
    for (const [slug, hoursAgo] of [["one-hour", 1], ["forty-seven-hours", 47], ["forty-nine-hours", 49]] as const) {
      published[slug] = new Date(Date.now() - hoursAgo * HOUR);
      await createArticle({ slug, title: slug === "one-hour" ? TITLE : slug, publishedAt: published[slug] });
    }
    const recent = new Date(Date.now() - HOUR);
    hidden.push(
      (await createArticle({ status: "DRAFT", publishedAt: recent })).slug,
      (await createArticle({ status: "IN_REVIEW", publishedAt: recent })).slug,
      (await createArticle({ status: "SCHEDULED", publishedAt: null, scheduledAt: new Date(Date.now() + HOUR) })).slug,
      (await createArticle({ status: "ARCHIVED", publishedAt: recent })).slug,
      (await createArticle({ publishedAt: new Date(Date.now() + HOUR) })).slug,
    );
  });

  async function read(): Promise<NewsEntry[]> {
    const response = await newsSitemap();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, s-maxage=300, stale-while-revalidate=600");
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const { urlset } = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (n) => n === "url" }).parse(xml);
    expect(urlset["@_xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(urlset["@_xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
    return urlset.url ?? [];
  }

  it("holds exactly the published articles of the last 48 hours, newest first", async () => {
    const locs = (await read()).map((u) => u.loc);
    expect(locs).toEqual([`${SITE}/articles/one-hour`, `${SITE}/articles/forty-seven-hours`]);
    for (const slug of hidden) expect(locs).not.toContain(`${SITE}/articles/${slug}`);
  });

  it("writes the publication, its language, an ISO 8601 date and the exact title", async () => {
    const [first] = await read();
    expect(first!["news:news"]).toEqual({
      "news:publication": { "news:name": env.SITE_NAME, "news:language": env.SITE_LANGUAGE },
      "news:publication_date": published["one-hour"]!.toISOString().replace(/\.\d{3}Z$/, "Z"),
      "news:title": TITLE,
    });
  });
});

afterAll(() => db.$disconnect());
