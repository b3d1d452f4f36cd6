/**
 * Every change a person makes, through the edge: the cases of e2e/public/caching.spec.ts, each
 * shown by the very next request through Varnish (the purge is sent before the save returns),
 * which the edge fetches afresh (`X-Cache: MISS`), while a story nobody changes stays a HIT.
 *
 * The tests act on Cache Desk stories no other test of the edge touches, in the edge's own
 * newsroom (scripts/e2e-edge-server.sh), and run one after another.
 */
import path from "node:path";
import { bypassCookie } from "@/scripts/lib/draft-mode";
import { test, expect } from "../fixtures/auth";
import { demoReader } from "../fixtures/accounts";
import { staff } from "../fixtures/admin-accounts";
import { CACHE_AUTHOR, CACHE_COMMENT, CACHE_SECTION, CACHE_STORIES } from "../fixtures/fixture-data";
import { AdminArticleEditorPage } from "../pages/admin-article-editor-page";
import { AdminCommentsPage } from "../pages/admin-comments-page";
import { AdminPage } from "../pages/admin-page";
import { ArticleCommentsPage } from "../pages/article-comments-page";
import { untilHydrated } from "../pages/hydration";
import { ListingPage } from "../pages/listing-page";
import { get, type AnyResponse } from "../support/cache-probes";
import { articlePath, authorPath, sectionPath } from "../support/demo-content";
import { edgeHit, edgeState, warmEdge } from "../support/edge-probes";
import { e2eDatabase, publishScheduledNow, untilEdgesPurged } from "../support/scheduled-story";

// An editor's save through the admin, then the reader's requests: allowed the time a busy machine takes.
test.describe.configure({ mode: "serial", timeout: 90_000 });

const SECTION_PATH = sectionPath(CACHE_SECTION.slug);
const CONTROL_PATH = articlePath(CACHE_STORIES.control.slug);

test.beforeAll(async ({ request }) => {
  await expect.poll(async () => (await get(request, "/api/health")).status(), { message: "the edge finds the server healthy", timeout: 60_000 }).toBe(200);
});

/** The first request through the edge after a change: its copy was purged, so it is fetched afresh. */
function expectFetchedAfresh(response: AnyResponse | null, what: string): void {
  expect(response, what).not.toBeNull();
  expect(edgeState(response), `${what}: the edge forgot its copy`).toBe("MISS");
}

/** The story nobody changes is still served from the edge's copy. */
async function expectControlStillHit(request: Parameters<typeof get>[0]): Promise<void> {
  expect(edgeState(await get(request, CONTROL_PATH)), "a story the change does not touch").toBe("HIT");
}

test("editor unpublishes a live story: through the edge its address is a 404 and its section page drops it on the next request", async ({ request, pageAs, page }) => {
  const story = CACHE_STORIES.unpublish;
  await warmEdge(request, articlePath(story.slug), SECTION_PATH, CONTROL_PATH);

  const editor = new AdminArticleEditorPage(await pageAs(staff.editor));
  await editor.gotoTitled(story.title);
  await editor.ready();
  await editor.form.getByRole("button", { name: "Unpublish", exact: true }).click();
  await editor.page.waitForURL(/\?notice=unpublished$/);

  const gone = await get(request, articlePath(story.slug));
  expect(gone.status(), "an unpublished story is not found").toBe(404);
  expect(edgeState(gone), "the edge forgot the story").not.toBe("HIT");
  expect(await gone.text()).not.toContain(story.title);

  const section = new ListingPage(page);
  expectFetchedAfresh(await section.gotoSection(CACHE_SECTION.slug), "the section page");
  await expect(section.storyHeadlineLinks.first()).toBeVisible();
  expect(await section.storyHrefs()).not.toContain(articlePath(story.slug));

  await expectControlStillHit(request);
});

test("a scheduled story whose time has come goes live through the edge: its section page and its address show it", async ({ request, baseURL, page }) => {
  const story = CACHE_STORIES.scheduled;
  expect((await get(request, articlePath(story.slug))).status(), "a scheduled story is not public").toBe(404);
  await warmEdge(request, SECTION_PATH, CONTROL_PATH);

  // `npx masthead publish-due` as an operator runs it on an app server: purging the edge. The
  // server's own timer may publish the story first, on its own time: the test waits until the
  // edge was told to forget (what the product promises for a scheduled story is its time, not a
  // moment after someone's save).
  const database = e2eDatabase(test.info(), baseURL!);
  await publishScheduledNow(test.info(), database, story.slug, { EDGE_PURGE_URLS: new URL(baseURL!).origin });
  await untilEdgesPurged(database, story.slug);

  const section = new ListingPage(page);
  expectFetchedAfresh(await section.gotoSection(CACHE_SECTION.slug), "the section page");
  expect(await section.storyHrefs()).toContain(articlePath(story.slug));
  const article = new ArticleCommentsPage(page);
  const response = await article.goto(story.slug);
  expect(response?.status(), "the 404 the edge may have kept is forgotten").toBe(200);
  await expect(article.headline).toHaveText(story.title);

  await expectControlStillHit(request);
});

test("a new reader sees their waiting comment on the edge's copy; an editor approves it: through the edge the story shows it and the section page its count on the next request", async ({ request, newReader, pageAs, page }) => {
  const story = CACHE_STORIES.edgeComment;
  const { page: readerPage, account } = await newReader("edge");
  const text = `Waiting at the edge for a moderator, from ${account.name}.`;
  const reader = new ArticleCommentsPage(readerPage);
  await reader.goto(story.slug);
  await reader.post(text);
  await expect(reader.posted).toHaveText("Thanks! Your comment is waiting for a moderator; it will appear once approved.");
  await warmEdge(request, articlePath(story.slug), SECTION_PATH, CONTROL_PATH);
  expect(await (await get(request, articlePath(story.slug))).text(), "a pending comment is not in the edge's copy").not.toContain(text);
  expect(edgeState(await reader.goto(story.slug)), "the reader gets the edge's copy").toBe("HIT");
  await expect(reader.item(text).pendingBadge, "and their own comment, waiting, from the server").toBeVisible();

  const queue = new AdminCommentsPage(await pageAs(staff.editor));
  await queue.goto();
  await queue.decide(text, "Approve");
  await expect(queue.pendingRow(text)).toHaveCount(0);

  const visitor = new ArticleCommentsPage(page);
  expectFetchedAfresh(await visitor.goto(story.slug), "the story");
  await expect(visitor.item(text).body).toHaveText(text);
  await expect(visitor.countHeading).toHaveText("1 comment");

  const section = new ListingPage(page);
  expectFetchedAfresh(await section.gotoSection(CACHE_SECTION.slug), "the section page");
  await expect(section.main.getByRole("article").filter({ has: page.getByRole("link", { name: story.title, exact: true }) })).toContainText("1 comment");

  await expectControlStillHit(request);
});

test("reader deletes their own comment: through the edge the story drops it on the next request", async ({ request, pageAs, page }) => {
  const story = CACHE_STORIES.deleted;
  if (!story.commentBy) throw new Error(`${story.slug} has no seeded comment`);
  await warmEdge(request, articlePath(story.slug), CONTROL_PATH);
  expect(await (await get(request, articlePath(story.slug))).text()).toContain(CACHE_COMMENT);

  const reader = new ArticleCommentsPage(await pageAs(demoReader(story.commentBy)));
  await reader.goto(story.slug);
  await reader.item(CACHE_COMMENT).deleteButton.click();
  await expect(reader.comment(CACHE_COMMENT)).toHaveCount(0);

  const visitor = new ArticleCommentsPage(page);
  expectFetchedAfresh(await visitor.goto(story.slug), "the story");
  await expect(visitor.comment(CACHE_COMMENT)).toHaveCount(0);
  await expect(visitor.countHeading).toHaveText("0 comments");

  await expectControlStillHit(request);
});

test("editor changes an author's job title: through the edge the author box on their story and the author page show it on the next request", async ({ request, pageAs, page }) => {
  const story = CACHE_STORIES.edgeByline;
  const jobTitle = "Senior edge correspondent";
  const authorPage = authorPath(CACHE_AUTHOR.slug);
  await warmEdge(request, articlePath(story.slug), authorPage, CONTROL_PATH);
  expect(await (await get(request, authorPage)).text()).toContain(CACHE_AUTHOR.jobTitle);

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
  expectFetchedAfresh(await article.goto(story.slug), "the story");
  await expect(article.authorBox(CACHE_AUTHOR.name)).toContainText(jobTitle);
  await expect(article.authorBox(CACHE_AUTHOR.name)).not.toContainText(CACHE_AUTHOR.jobTitle);

  const author = await get(request, authorPage);
  expectFetchedAfresh(author, "the author page");
  const html = await author.text();
  expect(html).toContain(jobTitle);
  expect(html).not.toContain(CACHE_AUTHOR.jobTitle);

  await expectControlStillHit(request);
});

test("editor changes a section's description: through the edge its page shows it on the next request, and other pages stay cached", async ({ request, pageAs, page }) => {
  const description = "Stories the tests through the edge change, described anew.";
  const authorPage = authorPath(CACHE_AUTHOR.slug);
  await warmEdge(request, SECTION_PATH, authorPage, CONTROL_PATH);

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
  expectFetchedAfresh(await section.gotoSection(CACHE_SECTION.slug), "the section page");
  await expect(section.main).toContainText(description);

  expect(edgeState(await get(request, authorPage)), "the author page, which does not show the description").toBe("HIT");
  await expectControlStillHit(request);
});

test("an editor's preview in draft mode passes the edge and never enters its cache: a reader's next request gets the copy the edge held", async ({ request, pageAs, baseURL }) => {
  const storyPath = articlePath(CACHE_STORIES.edgePreview.slug);
  const held = await edgeHit(request, storyPath);
  const heldCopy = await held.text();

  // Draft mode as Next.js turns it on: its cookie, with the running build's preview id.
  const editor = await pageAs(staff.editor);
  const [name, value] = bypassCookie(path.join(path.dirname(test.info().config.configFile ?? ""), process.env.NEXT_DIST_DIR || ".next")).split("=");
  await editor.context().addCookies([{ name: name!, value: value!, url: baseURL! }]);
  for (let i = 0; i < 2; i++) {
    const preview = await editor.goto(storyPath);
    expect(edgeState(preview), "the preview is neither looked up nor stored").toBe("PASS");
    expect((await preview!.allHeaders())["cache-control"], "the server drew it for the preview alone").toMatch(/\bno-store\b/);
  }

  const after = await get(request, storyPath);
  expect(edgeState(after), "the reader gets the edge's copy").toBe("HIT");
  expect(Number(after.headers()["x-cache-hits"]), "the same copy, served again").toBeGreaterThan(Number(held.headers()["x-cache-hits"]));
  expect(await after.text()).toBe(heldCopy);
  await expectControlStillHit(request);
});
