import { test, expect } from "@playwright/test";
import { ArticlePage } from "../pages/article-page";
import { article, author, commenterName, firstPublished, oneLine, shown, tagSlug } from "../support/demo-content";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Two authors, a correction, a figure, comments with a reply. */
const eu = article("eu-training-run-disclosure-draft");

test.describe("reader opens a story with two authors and a correction", () => {
  test.beforeEach(async ({ page }) => {
    const response = await new ArticlePage(page).goto(eu.slug);
    expect(response?.status()).toBe(200);
  });

  test("reader sees the headline, a machine-readable publication date and the reading time", async ({ page }) => {
    const story = new ArticlePage(page);
    await expect(story.headline).toHaveText(shown(eu.title));

    const published = (await story.publishedTime.getAttribute("datetime")) ?? "";
    expect(published).toMatch(ISO_INSTANT);
    const at = new Date(published);
    expect(at.toISOString()).toBe(published);
    // Seeded `daysAgo` days before the server started, at `hour` o'clock UTC.
    expect(at.getUTCHours()).toBe(eu.hour);
    const age = Date.now() - at.getTime();
    expect(age).toBeGreaterThan((eu.daysAgo - 1) * DAY);
    expect(age).toBeLessThan((eu.daysAgo + 1) * DAY);
    await expect(story.publishedTime).not.toHaveText("");

    await expect(story.readingTime).toHaveText(/^[1-9]\d* min read$/);
    await expect(story.updatedTime).toHaveCount(0);
  });

  test("reader sees a byline and an author box for each of the two authors", async ({ page }) => {
    const story = new ArticlePage(page);
    expect(eu.authors).toHaveLength(2);
    const writers = eu.authors.map(author);

    await expect(story.bylineLinks).toHaveText(writers.map((w) => w.name));
    for (const w of writers) {
      await expect(story.bylineLinks.filter({ hasText: w.name })).toHaveAttribute("href", `/authors/${w.slug}`);
      const box = story.authorBox(w.name);
      await expect(box).toBeVisible();
      await expect(box.getByRole("heading", { name: w.name })).toBeVisible();
      await expect(box.getByRole("link", { name: w.name, exact: true })).toHaveAttribute("href", `/authors/${w.slug}`);
      await expect(box.getByText(w.jobTitle, { exact: true })).toBeVisible();
    }
    await expect(story.aboutTheAuthors.getByRole("region")).toHaveCount(2);
  });

  test("reader sees the correction note, tag links and related stories", async ({ page }) => {
    const story = new ArticlePage(page);
    const correction = eu.correction;
    if (!correction) throw new Error(`${eu.slug} has no correction in the demo content`);

    await expect(story.corrections).toBeVisible();
    await expect(story.corrections.getByRole("heading", { name: "Correction" })).toBeVisible();
    await expect(story.corrections.getByRole("listitem")).toContainText(oneLine(correction.text));
    const noted = (await story.corrections.locator("time").getAttribute("datetime")) ?? "";
    expect(noted).toMatch(ISO_INSTANT);

    await expect(story.tagLinks).toHaveText(eu.tags);
    for (const tag of eu.tags) {
      await expect(story.tagLinks.filter({ hasText: tag })).toHaveAttribute("href", `/tags/${tagSlug(tag)}`);
    }

    await expect(story.related).toBeVisible();
    const relatedHrefs = await story.relatedLinks.evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(relatedHrefs.length).toBeGreaterThan(0);
    for (const href of relatedHrefs) {
      expect(href).toMatch(/^\/articles\/[a-z0-9-]+$/);
      expect(href).not.toBe(`/articles/${eu.slug}`);
    }
  });

  test("reader sees a responsive hero image with its caption and credit", async ({ page }) => {
    const story = new ArticlePage(page);

    await expect(story.heroWebpSource).toHaveCount(1);
    const srcset = (await story.heroWebpSource.getAttribute("srcset")) ?? "";
    const candidates = srcset.split(",").map((c) => c.trim());
    expect(candidates.length).toBeGreaterThanOrEqual(3);
    for (const candidate of candidates) expect(candidate).toMatch(/^\S+\.webp \d+w$/);
    const widths = new Set(candidates.map((c) => c.split(" ")[1]));
    expect(widths.size).toBe(candidates.length);

    await expect(story.heroImage).toHaveCount(1);
    await expect(story.heroImage).toHaveAttribute("alt", oneLine(eu.heroAlt));
    await expect(story.heroImage).toHaveAttribute("alt", /\S/);
    await expect(story.heroImage).toBeVisible();
    // The fallback image really is served.
    await expect.poll(() => story.heroImage.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);

    await expect(story.heroCaption).toContainText(eu.heroCaption);
    await expect(story.heroCredit).toHaveText(eu.heroCredit);
  });

  test("reader reads the comments, with replies nested under their thread, and cannot post", async ({ page }) => {
    const story = new ArticlePage(page);
    const seeded = eu.comments ?? [];
    const threaded = seeded.find((c) => (c.replies ?? []).length > 0);
    const reply = threaded?.replies?.[0];
    if (!threaded || !reply) throw new Error(`${eu.slug} has no comment reply in the demo content`);

    const total = seeded.reduce((n, c) => n + 1 + (c.replies?.length ?? 0), 0);
    await expect(story.comments.getByRole("heading", { level: 2 })).toHaveText(`${total} comments`);
    await expect(story.commentThreads).toHaveCount(seeded.length);

    const first = seeded[0];
    if (!first) throw new Error("no comments");
    const firstComment = story.comment(oneLine(first.text));
    await expect(firstComment).toBeVisible();
    await expect(firstComment).toContainText(commenterName(first.by));

    const thread = story.commentThreads.filter({ has: page.locator("article.comment", { hasText: oneLine(threaded.text) }) });
    const replies = thread.getByRole("list", { name: "Replies" });
    await expect(replies).toBeVisible();
    await expect(replies.getByRole("listitem")).toHaveCount(threaded.replies?.length ?? 0);
    await expect(replies.getByRole("listitem").first()).toContainText(oneLine(reply.text));
    await expect(replies.getByRole("listitem").first()).toContainText(commenterName(reply.by));

    await expect(story.commentsClosedNote).toHaveCount(0);
    await expect(story.commentForm).toHaveCount(0);
  });

  test("search engines get NewsArticle structured data", async ({ page, baseURL }) => {
    const story = new ArticlePage(page);
    await expect(story.jsonLdScript).toHaveCount(1);
    const data = await story.structuredData();

    expect(data["@context"]).toBe("https://schema.org");
    expect(data["@type"]).toBe("NewsArticle");
    expect(data.headline).toBe(eu.title);

    const published = await story.publishedTime.getAttribute("datetime");
    expect(data.datePublished).toBe(published);
    expect(typeof data.dateModified).toBe("string");
    expect(data.dateModified).toMatch(ISO_INSTANT);
    // Never updated: modified is the publication time.
    expect(data.dateModified).toBe(published);

    const authors = data.author as { "@type": string; name: string; url: string }[];
    expect(authors.map((a) => a.name)).toEqual(eu.authors.map((slug) => author(slug).name));
    eu.authors.forEach((slug, i) => {
      expect(authors[i]?.["@type"]).toBe("Person");
      expect(authors[i]?.url).toMatch(new RegExp(`^https?://[^/]+/authors/${slug}$`));
    });

    const publisher = data.publisher as { name?: unknown };
    expect(publisher.name).toBe("Masthead");

    const images = data.image as unknown[];
    expect(Array.isArray(images)).toBe(true);
    expect(images.length).toBeGreaterThan(0);
    for (const src of images) expect(String(src)).toMatch(/^https?:\/\/.+\.(jpg|webp|png)$/);
    const image = String(images[0]);
    const fetched = await page.request.get(new URL(image).pathname, { failOnStatusCode: false });
    expect(fetched.status()).toBe(200);

    expect(data.url).toBe(`${baseURL}/articles/${eu.slug}`);
  });

  test("search engines and social sites get a canonical URL, Open Graph and Twitter tags", async ({ page }) => {
    const story = new ArticlePage(page);
    await expect(story.canonicalLink).toHaveCount(1);
    await expect(story.canonicalLink).toHaveAttribute("href", new RegExp(`^https?://[^/]+/articles/${eu.slug}$`));
    await expect(story.ogTitle).toHaveAttribute("content", eu.title);
    await expect(story.twitterCard).toHaveAttribute("content", /^summary(_large_image)?$/);
    expect(await page.title()).toContain(eu.title);
  });
});

test.describe("reader sees how a story has changed and whether it takes comments", () => {
  const updated = firstPublished("was updated after publication", (a) => a.updatedHoursAfter !== undefined);
  const closed = firstPublished("has comments closed", (a) => a.commentsOpen === false);

  test("reader sees when an updated story was updated", async ({ page }) => {
    const story = new ArticlePage(page);
    await story.goto(updated.slug);
    await expect(story.headline).toHaveText(shown(updated.title));

    await expect(story.dates).toContainText("Updated");
    await expect(story.updatedTime).toHaveCount(1);
    await expect(story.updatedTime).not.toHaveText("");
    const published = Date.parse((await story.publishedTime.getAttribute("datetime")) ?? "");
    const modifiedIso = (await story.updatedTime.getAttribute("datetime")) ?? "";
    expect(modifiedIso).toMatch(ISO_INSTANT);
    expect(Date.parse(modifiedIso) - published).toBe((updated.updatedHoursAfter ?? 0) * HOUR);

    const data = await story.structuredData();
    expect(data.dateModified).toBe(modifiedIso);
  });

  test("reader is told that comments are closed on a story that takes none", async ({ page }) => {
    const story = new ArticlePage(page);
    await story.goto(closed.slug);
    await expect(story.headline).toHaveText(shown(closed.title));
    await expect(story.commentsClosedNote).toBeVisible();
  });
});
