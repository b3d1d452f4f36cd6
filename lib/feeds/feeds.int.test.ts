import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as authorFeed } from "@/app/(site)/authors/[slug]/feed.xml/route";
import { GET as siteFeed } from "@/app/(site)/feed.xml/route";
import { GET as sectionFeed } from "@/app/(site)/sections/[slug]/feed.xml/route";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { absolutizeHtmlUrls } from "@/lib/feeds/absolute-urls";
import { FEED_ITEM_LIMIT } from "@/lib/feeds/queries";
import { createArticle, createAuthor, createSection, createTag } from "@/test/factories";

const HOUR = 3_600_000;
const SITE = "http://localhost:3000";
const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const SPECIAL_TITLE = `AT&T <b>"Quotes" & 'apostrophes'</b> — naïve 🚀`;
const SPECIAL_BODY = [
  "Read [the tag page](/tags/eu) & [the source](https://example.org/report?a=1&b=2).",
  "",
  "![A chart](/media/chart-1 \"Chart caption\")",
  "",
  "```",
  "if (a]]>b) { return '<xml>'; }",
  "```",
].join("\n");

interface FeedItem {
  title: string;
  link: string;
  guid: { "#text": string; "@_isPermaLink": string };
  pubDate: string;
  "dc:creator"?: string[];
  category?: string[];
  description: string;
  "content:encoded": string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => ["item", "dc:creator", "category"].includes(name),
});

async function readFeed(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
  expect(response.headers.get("cache-control")).toBe("public, s-maxage=300, stale-while-revalidate=600");
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const rss = parser.parse(xml).rss;
  expect(rss["@_version"]).toBe("2.0");
  return { channel: rss.channel, items: (rss.channel.item ?? []) as FeedItem[] };
}

const slugParams = (slug: string) => ({ params: Promise.resolve({ slug }) });
const request = (path: string) => new Request(`${SITE}${path}`);
const slugOf = (item: FeedItem) => item.link.replace(`${SITE}/articles/`, "");

describe("RSS feeds", () => {
  let section: { id: string; slug: string; name: string };
  let otherSection: { id: string; slug: string };
  let emptySection: { slug: string };
  let ada: { id: string; slug: string; name: string };
  let bo: { id: string; slug: string; name: string };
  let special: { id: string; slug: string; publishedAt: Date | null; bodyHtml: string };
  let otherSectionSlug: string;
  const hidden: string[] = [];

  beforeAll(async () => {
    section = await createSection({ name: "AI & Models" });
    otherSection = await createSection();
    emptySection = await createSection();
    ada = await createAuthor({ name: "Ada Lovelace" });
    bo = await createAuthor({ name: `Bo "B" O'Neil` });
    const eu = await createTag({ name: "EU" });
    const chips = await createTag({ name: "Chips & <Silicon>" });
    for (let i = 0; i < FEED_ITEM_LIMIT + 5; i++) {
      await createArticle({ sectionId: section.id, authorIds: [ada.id], publishedAt: new Date(Date.now() - (i + 2) * HOUR) });
    }
    special = await createArticle({
      title: SPECIAL_TITLE,
      body: SPECIAL_BODY,
      sectionId: section.id,
      authorIds: [ada.id, bo.id],
      tagIds: [eu.id, chips.id],
      publishedAt: new Date(Date.now() - 10 * 60_000),
    });
    await db.article.update({ where: { id: special.id }, data: { standfirst: "Why the <deal> & its “fine print” matter." } });
    otherSectionSlug = (await createArticle({ sectionId: otherSection.id, authorIds: [ada.id], publishedAt: new Date(Date.now() - 30 * 60_000) })).slug;
    // Newer than everything visible, in the same section and byline: only the status keeps them out.
    const recent = new Date(Date.now() - 60_000);
    const shared = { sectionId: section.id, authorIds: [ada.id, bo.id], tagIds: [eu.id] };
    hidden.push(
      (await createArticle({ ...shared, status: "DRAFT", publishedAt: recent })).slug,
      (await createArticle({ ...shared, status: "IN_REVIEW", publishedAt: recent })).slug,
      (await createArticle({ ...shared, status: "SCHEDULED", publishedAt: null, scheduledAt: new Date(Date.now() + HOUR) })).slug,
      (await createArticle({ ...shared, status: "ARCHIVED", publishedAt: recent })).slug,
      (await createArticle({ ...shared, publishedAt: new Date(Date.now() + HOUR) })).slug,
    );
  });

  it("the site feed describes its channel", async () => {
    const { channel } = await readFeed(await siteFeed());
    expect(channel.title).toBe(env.SITE_NAME);
    expect(channel.link).toBe(`${SITE}/`);
    expect(channel.description).toBe(`The latest stories from ${env.SITE_NAME}.`);
    expect(channel.language).toBe(env.SITE_LANGUAGE);
    expect(channel.lastBuildDate).toBe(special.publishedAt!.toUTCString());
    expect(channel["atom:link"]).toEqual({ "@_href": `${SITE}/feed.xml`, "@_rel": "self", "@_type": "application/rss+xml" });
  });

  it("the site feed holds the newest 50 published articles, newest first", async () => {
    const { items } = await readFeed(await siteFeed());
    expect(items).toHaveLength(FEED_ITEM_LIMIT);
    expect(slugOf(items[0]!)).toBe(special.slug);
    const times = items.map((i) => Date.parse(i.pubDate));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("writes every field of an item, and a title with & < > quotes and an emoji survives exactly", async () => {
    const { items } = await readFeed(await siteFeed());
    const item = items.find((i) => slugOf(i) === special.slug)!;
    const link = `${SITE}/articles/${special.slug}`;
    expect(item.title).toBe(SPECIAL_TITLE);
    expect(item.link).toBe(link);
    expect(item.guid).toEqual({ "#text": link, "@_isPermaLink": "true" });
    expect(item.pubDate).toMatch(RFC_822);
    expect(item.pubDate).toBe(special.publishedAt!.toUTCString());
    expect(item["dc:creator"]).toEqual(["Ada Lovelace", `Bo "B" O'Neil`]);
    expect(item.category).toEqual(["AI & Models", "EU", "Chips & <Silicon>"]);
    expect(item.description).toBe("Why the <deal> & its “fine print” matter.");
  });

  it("content:encoded holds the whole body with absolute URLs, a ]]> in it included", async () => {
    const { items } = await readFeed(await siteFeed());
    const body = items.find((i) => slugOf(i) === special.slug)!["content:encoded"];
    const link = `${SITE}/articles/${special.slug}`;
    expect(body).toBe(absolutizeHtmlUrls(special.bodyHtml, link));
    expect(body).toContain(`<a href="${SITE}/tags/eu">the tag page</a>`);
    expect(body).toContain(`src="${SITE}/media/chart-1/960.jpg"`);
    expect(body).toContain(`${SITE}/media/chart-1/320.webp 320w`);
    expect(body).toContain("https://example.org/report?a=1&#x26;b=2");
    expect(body).toContain("if (a]]>b) { return '&#x3C;xml>'; }");
    expect(body).not.toMatch(/(?:src|href|srcset)="\//);
  });

  it("never lists a draft, an article in review, a scheduled, an archived or a future article", async () => {
    const feeds = [
      await siteFeed(),
      await sectionFeed(request(`/sections/${section.slug}/feed.xml`), slugParams(section.slug)),
      await authorFeed(request(`/authors/${ada.slug}/feed.xml`), slugParams(ada.slug)),
      await authorFeed(request(`/authors/${bo.slug}/feed.xml`), slugParams(bo.slug)),
    ];
    for (const response of feeds) {
      const slugs = (await readFeed(response)).items.map(slugOf);
      expect(slugs.length).toBeGreaterThan(0);
      for (const slug of hidden) expect(slugs).not.toContain(slug);
    }
  });

  it("a section feed holds only that section's stories", async () => {
    const { channel, items } = await readFeed(await sectionFeed(request("/"), slugParams(section.slug)));
    expect(channel.title).toBe(`AI & Models — ${env.SITE_NAME}`);
    expect(channel.link).toBe(`${SITE}/sections/${section.slug}`);
    expect(channel["atom:link"]["@_href"]).toBe(`${SITE}/sections/${section.slug}/feed.xml`);
    expect(items).toHaveLength(FEED_ITEM_LIMIT);
    expect(items.map(slugOf)).not.toContain(otherSectionSlug);
    expect(items.every((i) => i.category?.[0] === "AI & Models")).toBe(true);

    const other = await readFeed(await sectionFeed(request("/"), slugParams(otherSection.slug)));
    expect(other.items.map(slugOf)).toEqual([otherSectionSlug]);
  });

  it("an author feed holds only that author's stories", async () => {
    const { channel, items } = await readFeed(await authorFeed(request("/"), slugParams(bo.slug)));
    expect(channel.title).toBe(`Bo "B" O'Neil — ${env.SITE_NAME}`);
    expect(channel.link).toBe(`${SITE}/authors/${bo.slug}`);
    expect(channel["atom:link"]["@_href"]).toBe(`${SITE}/authors/${bo.slug}/feed.xml`);
    expect(items.map(slugOf)).toEqual([special.slug]);
  });

  it("a section without stories has a valid, empty feed", async () => {
    const { channel, items } = await readFeed(await sectionFeed(request("/"), slugParams(emptySection.slug)));
    expect(items).toEqual([]);
    expect(channel.lastBuildDate).toMatch(RFC_822);
  });

  it.each([
    ["an unknown section", () => sectionFeed(request("/"), slugParams("no-such-section"))],
    ["a malformed section slug", () => sectionFeed(request("/"), slugParams("Not_A_Slug"))],
    ["an unknown author", () => authorFeed(request("/"), slugParams("no-such-author"))],
    ["a malformed author slug", () => authorFeed(request("/"), slugParams("../etc"))],
  ])("%s is a plain-text 404", async (_what, get) => {
    const response = await get();
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
  });

  it("a former section slug is a 404 for feeds (no redirect)", async () => {
    await db.slugRedirect.create({ data: { kind: "SECTION", fromSlug: "former-section", targetId: section.id } });
    expect((await sectionFeed(request("/"), slugParams("former-section"))).status).toBe(404);
  });
});

afterAll(() => db.$disconnect());
