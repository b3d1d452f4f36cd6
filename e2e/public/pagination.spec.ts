import { test, expect } from "@playwright/test";
import { ListingPage } from "../pages/listing-page";
import { ARCHIVE_STORY_COUNT, ARCHIVE_TAG } from "../fixtures/fixture-data";
import { demoAuthors, demoSections, publishedArticles, publishedCount, sectionPath, tagPath, tagSlug } from "../support/demo-content";

/** ARTICLES_PER_PAGE in lib/articles/queries.ts. */
const PER_PAGE = 12;

interface StoryList {
  path: string;
  size: number;
}

const lists: StoryList[] = [
  ...demoSections.map((s) => ({ path: sectionPath(s.slug), size: publishedCount((a) => a.section === s.slug) })),
  ...[...new Set(publishedArticles.flatMap((a) => a.tags))].map((name) => ({
    path: tagPath(tagSlug(name)),
    size: publishedCount((a) => a.tags.includes(name)),
  })),
  ...demoAuthors.map((w) => ({ path: `/authors/${w.slug}`, size: publishedCount((a) => a.authors.includes(w.slug)) })),
].sort((a, b) => b.size - a.size);

const singlePage = lists.find((l) => l.path === sectionPath("ai-models") && l.size > 0 && l.size <= PER_PAGE) ?? lists.find((l) => l.size > 0 && l.size <= PER_PAGE);

test.describe("pagination", () => {
  test("reader pages back through a long list with Older and Newer stories", async ({ page }) => {
    // The test fixtures add ARCHIVE_STORY_COUNT old stories under one tag (e2e/fixtures).
    const path = tagPath(ARCHIVE_TAG.slug);
    const pages = Math.ceil(ARCHIVE_STORY_COUNT / PER_PAGE);
    const list = new ListingPage(page);

    await list.open(path);
    await expect(list.storyHeadlineLinks).toHaveCount(PER_PAGE);
    await expect(list.position).toHaveText(`Page 1 of ${pages}`);
    await expect(list.newerStories).toHaveCount(0);
    const firstPage = await list.storyHrefs();

    await list.olderStories.click();
    await expect(page).toHaveURL(`${path}?page=2`);
    await expect(list.position).toHaveText(`Page 2 of ${pages}`);
    await expect(list.storyHeadlineLinks).toHaveCount(ARCHIVE_STORY_COUNT - PER_PAGE);
    const secondPage = await list.storyHrefs();
    expect(secondPage.filter((href) => firstPage.includes(href))).toEqual([]);

    await list.newerStories.click();
    await expect(page).toHaveURL(path);
    await expect(list.position).toHaveText(`Page 1 of ${pages}`);
    expect(await list.storyHrefs()).toEqual(firstPage);
  });

  test("reader sees every story of a short list on one page, without pagination", async ({ page }) => {
    if (!singlePage) throw new Error("The demo content has no list that fits on one page");
    const list = new ListingPage(page);

    const response = await list.open(singlePage.path);
    expect(response?.status()).toBe(200);
    await expect(list.storyHeadlineLinks).toHaveCount(singlePage.size);
    await expect(list.pagination).toHaveCount(0);
    await expect(list.olderStories).toHaveCount(0);
  });

  test("reader asking for a page past the last one gets a 404", async ({ page, request }) => {
    if (!singlePage) throw new Error("The demo content has no list that fits on one page");
    const list = new ListingPage(page);

    const response = await list.open(`${singlePage.path}?page=999`);
    expect(response?.status()).toBe(404);
    await expect(list.notFoundHeading).toBeVisible();
    await expect(list.storyHeadlineLinks).toHaveCount(0);

    // The list fits on page 1, so page 2 does not exist either.
    expect((await request.get(`${singlePage.path}?page=2`)).status()).toBe(404);
    expect((await request.get(`${singlePage.path}?page=999`)).status()).toBe(404);
  });

  test("reader with a malformed page number gets the first page", async ({ page }) => {
    if (!singlePage) throw new Error("The demo content has no list that fits on one page");
    const list = new ListingPage(page);

    await list.open(singlePage.path);
    const firstPage = await list.storyHrefs();
    expect(firstPage).toHaveLength(singlePage.size);

    for (const junk of ["abc", "0", "-1", "2abc"]) {
      const response = await list.open(`${singlePage.path}?page=${junk}`, "domcontentloaded");
      expect(response?.status(), `?page=${junk}`).toBe(200);
      await expect(list.notFoundHeading).toHaveCount(0);
      expect(await list.storyHrefs(), `?page=${junk}`).toEqual(firstPage);
    }
  });
});
