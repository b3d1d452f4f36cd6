import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as robots } from "@/app/(site)/robots.txt/route";
import { GET as sitemap } from "@/app/(site)/sitemap.xml/route";
import { GET as sitemapChunk } from "@/app/(site)/sitemaps/[file]/route";
import { db } from "@/lib/db";
import { sitemapChunkUrls, sitemapUrls } from "@/lib/feeds/documents";
import { getSitemapChunk, getSitemapIndex, listSitemapContent } from "@/lib/feeds/queries";
import { planSitemap } from "@/lib/feeds/sitemap";
import { createArticle, createAuthor, createSection, createTag } from "@/test/factories";

const HOUR = 3_600_000;
const SITE = "http://localhost:3000";

interface UrlEntry {
  loc: string;
  lastmod?: string;
}

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => name === "url" });

async function readUrlSet(response: Response): Promise<UrlEntry[]> {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
  expect(response.headers.get("cache-control")).toBe("public, s-maxage=300, stale-while-revalidate=600");
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const { urlset } = parser.parse(xml);
  expect(urlset["@_xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
  return urlset.url ?? [];
}

const chunkParams = (file: string) => ({ params: Promise.resolve({ file }) });
const chunkRequest = (file: string) => new Request(`${SITE}/sitemaps/${file}`);
const seconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

describe("sitemap.xml", () => {
  const expected = new Map<string, string | undefined>();
  const hidden: string[] = [];

  beforeAll(async () => {
    const section = await createSection({ slug: "policy" });
    const emptySection = await createSection({ slug: "hardware" });
    const usedTag = await createTag({ slug: "eu" });
    const draftOnlyTag = await createTag({ slug: "draft-only" });
    const writer = await createAuthor({ slug: "ada" });
    const draftOnlyAuthor = await createAuthor({ slug: "unpublished-writer" });

    const firstPublished = new Date(Date.now() - 5 * HOUR);
    const edited = await createArticle({ slug: "edited", sectionId: section.id, tagIds: [usedTag.id], authorIds: [writer.id], publishedAt: firstPublished });
    const substantiveUpdate = new Date(Date.now() - HOUR);
    await db.article.update({ where: { id: edited.id }, data: { modifiedAt: substantiveUpdate } });
    const plainPublished = new Date(Date.now() - 2 * HOUR);
    await createArticle({ slug: "plain", sectionId: section.id, authorIds: [writer.id], publishedAt: plainPublished });

    const recent = new Date(Date.now() - 60_000);
    const shared = { sectionId: section.id, tagIds: [draftOnlyTag.id], authorIds: [draftOnlyAuthor.id] };
    hidden.push(
      (await createArticle({ ...shared, status: "DRAFT", publishedAt: recent })).slug,
      (await createArticle({ ...shared, status: "IN_REVIEW", publishedAt: recent })).slug,
      (await createArticle({ ...shared, status: "SCHEDULED", publishedAt: null, scheduledAt: new Date(Date.now() + HOUR) })).slug,
      (await createArticle({ ...shared, status: "ARCHIVED", publishedAt: recent })).slug,
      (await createArticle({ ...shared, publishedAt: new Date(Date.now() + HOUR) })).slug,
    );

    expected.set(`${SITE}/`, seconds(substantiveUpdate));
    expected.set(`${SITE}/sections/${section.slug}`, undefined);
    expected.set(`${SITE}/sections/${emptySection.slug}`, undefined);
    expected.set(`${SITE}/tags/${usedTag.slug}`, undefined);
    expected.set(`${SITE}/authors/${writer.slug}`, undefined);
    expected.set(`${SITE}/articles/edited`, seconds(substantiveUpdate));
    expected.set(`${SITE}/articles/plain`, seconds(plainPublished));
  });

  it("lists the front page, every section, used tags and authors, and published articles with lastmod", async () => {
    const urls = await readUrlSet(await sitemap());
    expect(new Map(urls.map((u) => [u.loc, u.lastmod]))).toEqual(expected);
    expect(urls).toHaveLength(expected.size);
  });

  it("leaves out unpublished articles, and tags and authors that only have unpublished ones", async () => {
    const locs = (await readUrlSet(await sitemap())).map((u) => u.loc);
    for (const slug of hidden) expect(locs).not.toContain(`${SITE}/articles/${slug}`);
    expect(locs).not.toContain(`${SITE}/tags/draft-only`);
    expect(locs).not.toContain(`${SITE}/authors/unpublished-writer`);
  });

  it("splits into chunks that hold every URL once, in order, each with its newest lastmod in the index", async () => {
    // Five head URLs (front page, two sections, a tag, an author) and two articles.
    const max = 6;
    const urls = sitemapUrls(await listSitemapContent());
    const plan = planSitemap(urls, max);
    expect(plan.kind).toBe("index");
    expect(await getSitemapIndex(new Date(), max)).toEqual(plan.kind === "index" ? plan.chunks : null);
    const chunks = await Promise.all([1, 2].map(async (n) => sitemapChunkUrls((await getSitemapChunk(n, new Date(), max)) ?? { head: null, articles: [] })));
    expect(chunks.map((c) => c.length)).toEqual([6, 1]);
    expect(chunks.flat()).toEqual(urls);
    expect(await getSitemapChunk(3, new Date(), max)).toBeNull();
    expect(await getSitemapIndex()).toBeNull();
  });

  it("serves the same URLs as chunk 1, and no chunk beyond", async () => {
    const whole = await readUrlSet(await sitemap());
    expect(await readUrlSet(await sitemapChunk(chunkRequest("1.xml"), chunkParams("1.xml")))).toEqual(whole);
    for (const file of ["2.xml", "0.xml", "one.xml", "1.txt"]) {
      const response = await sitemapChunk(chunkRequest(file), chunkParams(file));
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    }
  });
});

describe("robots.txt", () => {
  it("allows crawling, disallows /admin and /api, and names both sitemaps with absolute URLs", async () => {
    const response = robots();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    const lines = (await response.text()).split("\n");
    expect(lines).toContain("User-agent: *");
    expect(lines).toContain("Allow: /");
    expect(lines).toContain("Disallow: /admin");
    expect(lines).toContain("Disallow: /api");
    expect(lines.filter((l) => l.startsWith("Sitemap:"))).toEqual([
      `Sitemap: ${SITE}/sitemap.xml`,
      `Sitemap: ${SITE}/news-sitemap.xml`,
    ]);
  });
});

afterAll(() => db.$disconnect());
