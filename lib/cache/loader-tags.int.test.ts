/**
 * Every public loader tags the page being rendered with what it returns (lib/cache/tags.ts), so
 * no route can forget to: a change to a story, its section, a byline or a tag then finds every
 * cached page that shows it. Next.js's cache is replaced by a recorder of the tags each read carries.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type * as NextCache from "next/cache";

const reads = vi.hoisted(() => [] as string[][]);
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof NextCache>()),
  unstable_cache: (fn: () => Promise<unknown>, _keyParts?: string[], options?: { tags?: string[] }) => {
    reads.push(options?.tags ?? []);
    return fn;
  },
}));

const { LISTINGS_TAG, NAV_TAG, SITE_TAG, articleTag, mentionTag, slugTag } = await import("@/lib/cache/tags");
const articles = await import("@/lib/articles/queries");
const feeds = await import("@/lib/feeds/queries");
const { getAuthorProfile } = await import("@/lib/authors/queries");
const { getSection, listSections } = await import("@/lib/sections/queries");
const { getTag } = await import("@/lib/tags/queries");
const { db } = await import("@/lib/db");
const { createArticle, createAuthor, createSection, createTag } = await import("@/test/factories");

/** The tags a call gave the page. */
async function tagsOf(load: () => Promise<unknown>): Promise<string[]> {
  reads.length = 0;
  await load();
  return [...new Set(reads.flat())];
}

describe("public loaders tag what they return", () => {
  let story: { id: string; slug: string };
  let other: { id: string };
  let section: { id: string; slug: string };
  let tag: { id: string; slug: string };
  let author: { id: string; slug: string };
  /** What a page showing the story's card must carry. */
  let cardTags: string[];

  beforeAll(async () => {
    section = await createSection();
    tag = await createTag();
    author = await createAuthor();
    const links = { sectionId: section.id, tagIds: [tag.id], authorIds: [author.id] };
    story = await createArticle(links);
    other = await createArticle({ ...links, publishedAt: new Date(Date.now() - 3_600_000) });
    await db.correction.create({ data: { articleId: story.id, body: "A date was wrong." } });
    cardTags = [SITE_TAG, articleTag(story.id), mentionTag("SECTION", section.slug), mentionTag("AUTHOR", author.slug)];
  });
  beforeEach(() => {
    reads.length = 0;
  });

  it("a story: the answer at its slug, the story, its section, bylines and tags", async () => {
    expect(await tagsOf(() => articles.getPublishedArticle(story.slug))).toEqual(
      expect.arrayContaining([slugTag("ARTICLE", story.slug), ...cardTags, mentionTag("TAG", tag.slug)]),
    );
  });

  it("no story at a slug: the 404 is still the answer at that slug", async () => {
    expect(await tagsOf(() => articles.getPublishedArticle("no-such-story"))).toEqual([SITE_TAG, slugTag("ARTICLE", "no-such-story")]);
  });

  it("a section's, a tag's and an author's pages: every card on them", async () => {
    for (const list of [() => articles.listSectionArticles(section.id, 1), () => articles.listTagArticles(tag.id, 1), () => articles.listAuthorArticles(author.id, 1)]) {
      expect(await tagsOf(list)).toEqual(expect.arrayContaining([...cardTags, articleTag(other.id)]));
    }
  });

  it("the front page's lists: the latest stories, and every card", async () => {
    expect(await tagsOf(() => articles.listLatestArticles(10))).toEqual(expect.arrayContaining([LISTINGS_TAG, ...cardTags]));
    expect(await tagsOf(() => articles.listSectionsLatest([section.id], 4))).toEqual(expect.arrayContaining([LISTINGS_TAG, ...cardTags]));
  });

  it("related stories: their cards", async () => {
    const shown = await articles.getPublishedArticle(story.slug);
    if (!shown) throw new Error("the story is not public");
    expect(await tagsOf(() => articles.listRelatedArticles(shown))).toEqual(expect.arrayContaining([articleTag(other.id)]));
  });

  it("the corrections page, the site's feed and the sitemaps: the latest stories", async () => {
    for (const list of [
      () => articles.listCorrections(),
      () => feeds.listSiteFeedArticles(),
      () => feeds.listSitemapContent(),
      () => feeds.getSitemapIndex(),
      () => feeds.getSitemapChunk(1),
      () => feeds.listNewsSitemapArticles(),
    ]) {
      expect(await tagsOf(list)).toContain(LISTINGS_TAG);
    }
  });

  it("the navigation, and a section, tag or author by slug (found or not)", async () => {
    expect(await tagsOf(() => listSections())).toEqual([SITE_TAG, NAV_TAG]);
    expect(await tagsOf(() => getSection(section.slug))).toEqual([SITE_TAG, slugTag("SECTION", section.slug)]);
    expect(await tagsOf(() => getTag(tag.slug))).toEqual([SITE_TAG, slugTag("TAG", tag.slug)]);
    expect(await tagsOf(() => getAuthorProfile(author.slug))).toEqual([SITE_TAG, slugTag("AUTHOR", author.slug)]);
    expect(await tagsOf(() => getSection("former-name"))).toEqual([SITE_TAG, slugTag("SECTION", "former-name")]);
  });
});
