/**
 * The page cache: public pages are served from Next.js's cache (`x-nextjs-cache: HIT`) and every
 * change a person makes shows on the very next request, which renders the page afresh (MISS),
 * while a page the change does not touch stays cached. Reader-specific parts come from
 * /api/viewer, so a signed-in reader gets the same cached page as everyone else.
 *
 * The tests act on the fixtures' own section, author and stories (CACHE_STORIES in
 * e2e/fixtures/fixture-data.ts) and run one after another, so that no test of this file changes a
 * page another is watching. Other files do change the front page meanwhile (every story published
 * anywhere is listed there), so a page counts as warm once a request for it is a HIT.
 */
import { test, expect } from "../fixtures/auth";
import { demoReader } from "../fixtures/accounts";
import { staff } from "../fixtures/admin-accounts";
import { CACHE_AUTHOR, CACHE_COMMENT, CACHE_SECTION, CACHE_STORIES } from "../fixtures/fixture-data";
import { AdminArticleEditorPage } from "../pages/admin-article-editor-page";
import { AdminCommentsPage } from "../pages/admin-comments-page";
import { AdminPage } from "../pages/admin-page";
import { ArticleCommentsPage } from "../pages/article-comments-page";
import { FrontPage } from "../pages/front-page";
import { untilHydrated } from "../pages/hydration";
import { ListingPage } from "../pages/listing-page";
import { cachedResponse, cacheState, expectFresh, expectStillCached, get, PUBLIC_CACHE_CONTROL, warm } from "../support/cache-probes";
import { articlePath, authorPath, sectionPath } from "../support/demo-content";
import { e2eDatabase, publishScheduledNow } from "../support/scheduled-story";

test.describe.configure({ mode: "serial" });

const SECTION_PATH = sectionPath(CACHE_SECTION.slug);
const CONTROL_PATH = articlePath(CACHE_STORIES.control.slug);

/** A story's card in a list of stories, found by its headline link. */
function card(page: FrontPage | ListingPage, title: string) {
  return page.main.getByRole("article").filter({ has: page.page.getByRole("link", { name: title, exact: true }) });
}

test("public pages and feeds are served from the cache with Cache-Control a CDN can use", async ({ request }) => {
  const pages = ["/", CONTROL_PATH, SECTION_PATH, `${SECTION_PATH}?page=1`, authorPath(CACHE_AUTHOR.slug), "/tags/archive?page=2"];
  const feeds = ["/feed.xml", `${SECTION_PATH}/feed.xml`, "/sitemap.xml"];
  for (const p of [...pages, ...feeds]) {
    const response = await cachedResponse(request, p);
    expect(response.status(), p).toBe(200);
    expect(response.headers()["set-cookie"], p).toBeUndefined();
    const cacheControl = response.headers()["cache-control"];
    // Feeds and sitemaps set their own longer lifetime (docs/product-choices.md, "Feeds and sitemaps").
    if (pages.includes(p)) expect(cacheControl, p).toBe(PUBLIC_CACHE_CONTROL);
    else expect(cacheControl, p).toMatch(/^public, s-maxage=\d+, stale-while-revalidate=\d+$/);
  }
});

test("signed-in reader gets the same cached story page as a visitor; /api/viewer, /account and /admin are private, no-store", async ({ request, pageAs }) => {
  const account = demoReader("quill");
  await warm(request, CONTROL_PATH);
  const visitorCopy = await (await get(request, CONTROL_PATH)).text();

  const reader = await pageAs(account);
  const own = await get(reader.request, CONTROL_PATH);
  expect(own.status()).toBe(200);
  expect(cacheState(own), "the reader's session does not make the story uncacheable").toBe("HIT");
  expect(own.headers()["cache-control"]).toBe(PUBLIC_CACHE_CONTROL);
  expect(own.headers()["set-cookie"], "no cookie is set on a cached page").toBeUndefined();
  const body = await own.text();
  expect(body, "the page holds nothing of the reader").not.toContain(account.name);
  expect(body, "the reader gets the very copy a visitor gets").toBe(visitorCopy);

  const viewer = await get(reader.request, `/api/viewer`);
  expect(viewer.headers()["cache-control"]).toBe("private, no-store");
  expect(((await viewer.json()) as { user: { name: string } | null }).user?.name, "/api/viewer knows the reader").toBe(account.name);

  const accountPage = await get(reader.request, "/account", { maxRedirects: 0 });
  expect(accountPage.status()).toBe(200);
  expect(accountPage.headers()["cache-control"]).toMatch(/^private\b.*\bno-store\b/);
  expect(cacheState(accountPage)).toBeUndefined();

  const editor = await pageAs(staff.editor);
  const admin = await get(editor.request, "/admin", { maxRedirects: 0 });
  expect(admin.status()).toBe(200);
  expect(admin.headers()["cache-control"]).toMatch(/^private\b.*\bno-store\b/);
  expect(cacheState(admin)).toBeUndefined();
});

test("editor publishes a draft: the front page, its section page and its own address show it on the next request", async ({ request, pageAs, page }) => {
  const story = CACHE_STORIES.draft;
  expect((await get(request, articlePath(story.slug))).status(), "a draft is not public").toBe(404);
  await warm(request, "/", SECTION_PATH, CONTROL_PATH);

  const editor = new AdminArticleEditorPage(await pageAs(staff.editor));
  await editor.gotoTitled(story.title);
  await editor.ready();
  await editor.publishNowButton.click();
  await editor.page.waitForURL(/\?notice=published$/);

  const front = new FrontPage(page);
  expectFresh(await front.goto(), "the front page");
  await expect(front.leadHeadlineLink, "the newest story leads").toHaveText(story.title);
  await expect(card(front, story.title).first()).toBeVisible();

  const section = new ListingPage(page);
  expectFresh(await section.gotoSection(CACHE_SECTION.slug), "the section page");
  expect(await section.storyHrefs()).toContain(articlePath(story.slug));

  const article = new ArticleCommentsPage(page);
  const response = await article.goto(story.slug);
  expect(response?.status()).toBe(200);
  await expect(article.headline).toHaveText(story.title);

  await expectStillCached(request, CONTROL_PATH);
});

test("editor corrects a live story's headline as a minor change: the story and its card on the front page show it on the next request", async ({ request, pageAs, page }) => {
  const story = CACHE_STORIES.headline;
  const corrected = "Cache Desk headline after the edit";
  await warm(request, articlePath(story.slug), "/", CONTROL_PATH);

  const editor = new AdminArticleEditorPage(await pageAs(staff.editor));
  await editor.gotoTitled(story.title);
  await editor.fill({ title: corrected });
  await editor.minorChange.check();
  await editor.publishChangeNowButton.click();
  await editor.page.waitForURL(/\?notice=live$/);

  const article = new ArticleCommentsPage(page);
  expectFresh(await article.goto(story.slug), "the story");
  await expect(article.headline).toHaveText(corrected);

  const front = new FrontPage(page);
  expectFresh(await front.goto(), "the front page");
  const block = front.sectionBlock(CACHE_SECTION.name);
  await expect(block.getByRole("link", { name: corrected, exact: true })).toHaveAttribute("href", articlePath(story.slug));
  await expect(block.getByRole("link", { name: story.title, exact: true })).toHaveCount(0);

  await expectStillCached(request, CONTROL_PATH);
});

test("editor unpublishes a live story: its address is a 404 and its section page drops it on the next request", async ({ request, pageAs, page }) => {
  const story = CACHE_STORIES.unpublish;
  await warm(request, articlePath(story.slug), SECTION_PATH, CONTROL_PATH);

  const editor = new AdminArticleEditorPage(await pageAs(staff.editor));
  await editor.gotoTitled(story.title);
  await editor.ready();
  await editor.form.getByRole("button", { name: "Unpublish", exact: true }).click();
  await editor.page.waitForURL(/\?notice=unpublished$/);

  const gone = await get(request, articlePath(story.slug));
  expect(gone.status(), "an unpublished story is not found").toBe(404);
  expect(await gone.text()).not.toContain(story.title);

  const section = new ListingPage(page);
  expectFresh(await section.gotoSection(CACHE_SECTION.slug), "the section page");
  await expect(section.storyHeadlineLinks.first()).toBeVisible();
  expect(await section.storyHrefs()).not.toContain(articlePath(story.slug));

  await expectStillCached(request, CONTROL_PATH);
});

test("editor approves a new reader's first comment: the story shows it and the card its count on the next request", async ({ request, newReader, pageAs, page }) => {
  const story = CACHE_STORIES.approve;
  const { page: readerPage, account } = await newReader("cached");
  const text = `Waiting for a moderator, from ${account.name}.`;
  const reader = new ArticleCommentsPage(readerPage);
  await reader.goto(story.slug);
  await reader.post(text);
  await expect(reader.posted).toHaveText("Thanks! Your comment is waiting for a moderator; it will appear once approved.");
  await warm(request, articlePath(story.slug), SECTION_PATH, CONTROL_PATH);

  const queue = new AdminCommentsPage(await pageAs(staff.editor));
  await queue.goto();
  await queue.decide(text, "Approve");
  await expect(queue.pendingRow(text)).toHaveCount(0);

  const visitor = new ArticleCommentsPage(page);
  expectFresh(await visitor.goto(story.slug), "the story");
  await expect(visitor.item(text).body).toHaveText(text);
  await expect(visitor.countHeading).toHaveText("1 comment");

  const section = new ListingPage(page);
  expectFresh(await section.gotoSection(CACHE_SECTION.slug), "the section page");
  await expect(card(section, story.title)).toContainText("1 comment");

  await expectStillCached(request, CONTROL_PATH);
});

test("reader deletes their own comment: the story drops it on the next request", async ({ request, pageAs, page }) => {
  const story = CACHE_STORIES.deleted;
  if (!story.commentBy) throw new Error(`${story.slug} has no seeded comment`);
  await warm(request, articlePath(story.slug), CONTROL_PATH);
  expect(await (await get(request, articlePath(story.slug))).text()).toContain(CACHE_COMMENT);

  const reader = new ArticleCommentsPage(await pageAs(demoReader(story.commentBy)));
  await reader.goto(story.slug);
  await reader.item(CACHE_COMMENT).deleteButton.click();
  await expect(reader.comment(CACHE_COMMENT)).toHaveCount(0);

  const visitor = new ArticleCommentsPage(page);
  expectFresh(await visitor.goto(story.slug), "the story");
  await expect(visitor.comment(CACHE_COMMENT)).toHaveCount(0);
  await expect(visitor.countHeading).toHaveText("0 comments");

  await expectStillCached(request, CONTROL_PATH);
});

test("editor changes an author's job title: the author box on their story shows it on the next request", async ({ request, pageAs, page }) => {
  const story = CACHE_STORIES.approve;
  const jobTitle = "Senior cache correspondent";
  await warm(request, articlePath(story.slug), CONTROL_PATH);

  const admin = new AdminPage(await pageAs(staff.editor));
  await admin.open("/admin/authors");
  await admin.main.getByRole("link", { name: CACHE_AUTHOR.name, exact: true }).click();
  await expect(admin.heading).toHaveText(CACHE_AUTHOR.name);
  const field = admin.main.getByLabel("Job title", { exact: true });
  await untilHydrated(field);
  await expect(field).toHaveValue(CACHE_AUTHOR.jobTitle);
  await field.fill(jobTitle);
  await admin.main.getByRole("button", { name: "Save author" }).click();
  await expect(admin.main.getByRole("status")).toHaveText("The author was saved.");

  const article = new ArticleCommentsPage(page);
  expectFresh(await article.goto(story.slug), "the story");
  await expect(article.authorBox(CACHE_AUTHOR.name)).toContainText(jobTitle);
  await expect(article.authorBox(CACHE_AUTHOR.name)).not.toContainText(CACHE_AUTHOR.jobTitle);

  await expectStillCached(request, CONTROL_PATH);
});

test("editor changes a section's description: its page shows it on the next request, and other pages stay cached", async ({ request, pageAs, page }) => {
  const description = "Stories the page-cache tests change, described anew.";
  const unrelated = articlePath(CACHE_STORIES.headline.slug);
  await warm(request, SECTION_PATH, CONTROL_PATH, unrelated);

  const admin = new AdminPage(await pageAs(staff.editor));
  await admin.open("/admin/sections");
  await admin.main.getByRole("link", { name: CACHE_SECTION.name, exact: true }).click();
  await expect(admin.heading).toHaveText(CACHE_SECTION.name);
  const field = admin.main.getByLabel("Description", { exact: true });
  await untilHydrated(field);
  await field.fill(description);
  await admin.main.getByRole("button", { name: "Save section" }).click();
  await expect(admin.main.getByRole("status")).toHaveText("The section was saved.");

  const section = new ListingPage(page);
  expectFresh(await section.gotoSection(CACHE_SECTION.slug), "the section page");
  await expect(section.main).toContainText(description);

  await expectStillCached(request, CONTROL_PATH, unrelated);
});

test("a scheduled story whose time has come goes live outside the server's requests (`npx masthead publish-due` in another process, or the server's timer if first) and shows on the next request", async ({ request, baseURL, page }) => {
  test.setTimeout(60_000);
  const story = CACHE_STORIES.scheduled;
  expect((await get(request, articlePath(story.slug))).status(), "a scheduled story is not public").toBe(404);
  await warm(request, SECTION_PATH, CONTROL_PATH);

  await publishScheduledNow(test.info(), e2eDatabase(test.info(), baseURL!), story.slug);

  const section = new ListingPage(page);
  expectFresh(await section.gotoSection(CACHE_SECTION.slug), "the section page");
  expect(await section.storyHrefs()).toContain(articlePath(story.slug));
  const article = new ArticleCommentsPage(page);
  expect((await article.goto(story.slug))?.status()).toBe(200);
  await expect(article.headline).toHaveText(story.title);

  await expectStillCached(request, CONTROL_PATH);
});
