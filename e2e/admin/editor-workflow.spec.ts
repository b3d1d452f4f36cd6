/**
 * One story's life in the newsroom, step by step: written with a hero image and scheduled; live
 * at its time; corrected; moved to a new address; updated; its revisions compared and an old one
 * restored. Each test carries on from the one before.
 */
import { test, expect } from "../fixtures/auth";
import { staff } from "../fixtures/admin-accounts";
import { heroPng, publishTimeAhead, testArticle, type TestArticle } from "../fixtures/admin-articles";
import { AdminArticleEditorPage } from "../pages/admin-article-editor-page";
import { AdminRevisionsPage } from "../pages/admin-revisions-page";
import { ArticlePage } from "../pages/article-page";
import { FrontPage } from "../pages/front-page";
import { SitePage } from "../pages/site-page";
import { articlePath } from "../support/demo-content";

test.describe.configure({ mode: "serial" });

const BODY = `The pilot ran for six weeks in two warehouses.

## What the pilot measured

- Picks per hour
- Errors per thousand picks

Read the [full report](https://example.com/pilot-report) for the details.`;

const REVISED_BODY = BODY.replace("six weeks in two warehouses", "nine weeks in three warehouses");

/** Notes for the revision history, which name the revisions on the Revisions page. */
const NOTES = { first: "First version", slug: "Shorter address", revised: "Revised duration" };

const hero = { alt: "Rows of shelving robots under warehouse lights", caption: "The pilot site.", credit: "Photo: Test Desk" };

let story: TestArticle;
let articleId = "";
let goesLiveAt: Date;
let newSlug = "";

test("editor writes a story with a hero image, sees the preview follow their typing, is told the image needs alt text, and schedules it", async ({ pageAs, request }, testInfo) => {
  story = testArticle(testInfo, "workflow");
  newSlug = `${story.slug}-moved`;
  const editor = new AdminArticleEditorPage(await pageAs(staff.editor));
  await editor.gotoNew();
  await editor.ready();

  await test.step("the preview renders the Markdown as it is typed", async () => {
    await editor.body.fill("## Draft heading");
    await expect(editor.previewBody.locator("h2")).toHaveText("Draft heading");
    await editor.body.press("End");
    await editor.body.pressSequentially(" grows");
    await expect(editor.previewBody.locator("h2")).toHaveText("Draft heading grows");

    await editor.body.fill(BODY);
    await expect(editor.previewBody.locator("h2")).toHaveText("What the pilot measured");
    await expect(editor.previewBody.getByRole("listitem")).toHaveText(["Picks per hour", "Errors per thousand picks"]);
    await expect(editor.previewBody.getByRole("link", { name: "full report" })).toHaveAttribute("href", "https://example.com/pilot-report");
  });

  const typed = {
    title: story.title,
    slug: story.slug,
    standfirst: story.standfirst,
    heroCaption: hero.caption,
    heroCredit: hero.credit,
    authors: [staff.editor.name],
    note: NOTES.first,
  };

  await test.step("an uploaded hero image without alt text is refused next to the alt text field, and nothing typed is lost", async () => {
    await editor.fill({ ...typed, scheduledAt: publishTimeAhead().local });
    await editor.uploadHero(await heroPng());
    await editor.scheduleButton.click();

    await expect(editor.formError).toHaveText("Please correct the highlighted fields.");
    await expect(editor.heroAltError).toHaveText("Describe the hero image for people who cannot see it.");
    await expect(editor.heroAlt).toHaveAttribute("aria-invalid", "true");
    await expect(editor.heroAlt).toHaveAttribute("aria-describedby", "f-heroAlt-error");
    expect(editor.page.url()).toMatch(/\/admin\/articles\/new$/);

    await expect(editor.headline).toHaveValue(typed.title);
    await expect(editor.slug).toHaveValue(typed.slug);
    await expect(editor.standfirst).toHaveValue(typed.standfirst);
    await expect(editor.body).toHaveValue(BODY);
    await expect(editor.heroCaption).toHaveValue(typed.heroCaption);
    await expect(editor.heroCredit).toHaveValue(typed.heroCredit);
    await expect(editor.authorSelect(1).locator("option:checked")).toHaveText(staff.editor.name);
    await expect(editor.scheduledAt).not.toHaveValue("");
    await expect(editor.note).toHaveValue(typed.note);
  });

  await test.step("with alt text the story is scheduled, and stays off the site until its time", async () => {
    const when = publishTimeAhead();
    goesLiveAt = when.at;
    await editor.fill({ heroAlt: hero.alt, scheduledAt: when.local });
    // A browser cannot put a chosen file back into a form drawn again: choose it again.
    await editor.uploadHero(await heroPng());
    await editor.scheduleButton.click();
    await editor.page.waitForURL(/\/admin\/articles\/[a-z0-9]+\?notice=scheduled$/i);
    articleId = editor.idFromUrl();
    await expect(editor.notice).toHaveText("Scheduled.");
    await expect(editor.statusBadge).toHaveText("scheduled");
    await expect(editor.main.locator("h1 + p time")).toHaveAttribute("datetime", when.at.toISOString());

    const early = await request.get(articlePath(story.slug), { maxRedirects: 0 });
    expect(Date.now(), "the story was checked before its time").toBeLessThan(goesLiveAt.getTime());
    expect(early.status(), "a scheduled story is a 404 before its time").toBe(404);
  });
});

test("reader finds the scheduled story on the front page and at its address once its time has come", async ({ page, request }) => {
  test.setTimeout(200_000);
  expect(articleId, "the story was scheduled").not.toBe("");
  await expect
    .poll(async () => (await request.get(articlePath(story.slug), { maxRedirects: 0 })).status(), {
      message: `the story goes live at ${goesLiveAt.toISOString()}`,
      timeout: 150_000,
      intervals: [1_000],
    })
    .toBe(200);
  expect(Date.now(), "not before its time").toBeGreaterThanOrEqual(goesLiveAt.getTime());

  const front = new FrontPage(page);
  await front.goto();
  await expect(front.storyHeadlineLinks.filter({ hasText: story.title }).first()).toHaveAttribute("href", articlePath(story.slug));

  const article = new ArticlePage(page);
  await article.goto(story.slug);
  await expect(article.headline).toHaveText(story.title);
  await expect(article.publishedTime).toHaveAttribute("datetime", goesLiveAt.toISOString());
  await expect(article.updatedTime).toHaveCount(0);
  await expect(article.heroImage).toHaveAttribute("alt", hero.alt);
  await expect(article.heroCaption).toContainText(hero.caption);
  await expect(article.heroCredit).toHaveText(hero.credit);
  await expect(article.body.locator("h2")).toContainText("What the pilot measured");
  await expect(article.body.locator("li")).toHaveText(["Picks per hour", "Errors per thousand picks"]);
  await expect(article.body.getByRole("link", { name: "full report" })).toHaveAttribute("href", "https://example.com/pilot-report");
});

test("editor adds a correction that readers see on the story and on /corrections", async ({ pageAs, page }) => {
  const text = `An earlier version of this story gave the wrong number of warehouses (${story.slug}).`;
  const editor = new AdminArticleEditorPage(await pageAs(staff.editor));
  await editor.goto(articleId);
  await editor.addCorrection(text);
  await expect(editor.correctionMessage).toHaveText("The correction is published.");

  const article = new ArticlePage(page);
  await article.goto(story.slug);
  await expect(article.corrections).toContainText(text);
  await expect(article.corrections.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);

  const corrections = new SitePage(page);
  await corrections.open("/corrections");
  const entry = corrections.main.getByRole("listitem").filter({ hasText: text });
  await expect(entry.getByRole("link", { name: story.title })).toHaveAttribute("href", `${articlePath(story.slug)}#corrections-heading`);
});

test("editor moves the live story to a new slug as a minor change published at once, and the old address redirects permanently", async ({ pageAs, page, request, baseURL }) => {
  const editor = new AdminArticleEditorPage(await pageAs(staff.editor));
  await editor.goto(articleId);
  await editor.fill({ slug: newSlug, note: NOTES.slug });
  await editor.minorChange.check();
  await editor.publishChangeNowButton.click();
  await editor.page.waitForURL(/\?notice=live$/);
  await expect(editor.notice).toHaveText("The change is live.");

  const old = await request.get(articlePath(story.slug), { maxRedirects: 0 });
  expect([301, 308]).toContain(old.status());
  expect(new URL(old.headers()["location"] ?? "", baseURL).pathname).toBe(articlePath(newSlug));

  const article = new ArticlePage(page);
  await article.goto(story.slug);
  await expect(page).toHaveURL(articlePath(newSlug));
  await expect(article.headline).toHaveText(story.title);
  await expect(article.updatedTime, "a minor change adds no Updated time").toHaveCount(0);
});

test("editor's substantive change to the live story's body gives it an Updated time", async ({ pageAs, page }) => {
  const editor = new AdminArticleEditorPage(await pageAs(staff.editor));
  await editor.goto(articleId);
  await editor.fill({ body: REVISED_BODY, note: NOTES.revised });
  await editor.substantiveChange.check();
  const before = Date.now();
  await editor.publishChangeNowButton.click();
  await editor.page.waitForURL(/\?notice=live$/);

  const article = new ArticlePage(page);
  await article.goto(newSlug);
  await expect(article.body).toContainText("nine weeks in three warehouses");
  await expect(article.updatedTime).toHaveCount(1);
  const updated = Date.parse((await article.updatedTime.getAttribute("datetime")) ?? "");
  expect(updated).toBeGreaterThanOrEqual(before - 1_000);
  expect(updated).toBeGreaterThan(goesLiveAt.getTime());
});

test("editor compares two revisions and sees the words that were removed and added", async ({ pageAs }) => {
  const editor = new AdminArticleEditorPage(await pageAs(staff.editor));
  await editor.goto(articleId);
  await editor.revisionsLink.click();
  const revisions = new AdminRevisionsPage(editor.page);
  await expect(revisions.heading).toHaveText(`Revisions of “${story.title}”`);
  await expect(revisions.row(NOTES.first)).toHaveCount(1);
  await revisions.compare(NOTES.slug, NOTES.revised);
  await expect(revisions.removedWords("Body")).toContainText(["six"]);
  await expect(revisions.removedWords("Body")).toContainText(["two"]);
  await expect(revisions.addedWords("Body")).toContainText(["nine"]);
  await expect(revisions.addedWords("Body")).toContainText(["three"]);
  await expect(revisions.fieldDiff("Headline")).toHaveCount(0);

  await revisions.compare(NOTES.first, NOTES.slug);
  await expect(revisions.addedWords("Slug")).toHaveText(["-moved"]);
  await expect(revisions.fieldText("Slug")).toHaveText(newSlug);
  await expect(revisions.fieldDiff("Body")).toHaveCount(0);
});

test("editor restores an earlier revision of the live story from the Revisions page", async ({ pageAs }) => {
  const editorPage = await pageAs(staff.editor);
  const revisions = new AdminRevisionsPage(editorPage);
  await revisions.goto(articleId);
  await revisions.restore(NOTES.slug);
  await editorPage.waitForURL(/\?notice=restored-pending$/, { timeout: 10_000 });
});

test("editor restores the revision before the update; it waits as a pending change, and once approved readers see the old text again", async ({ pageAs, page }) => {
  // The same, in a browser without JavaScript.
  const withoutScript = await pageAs(staff.editor, { javaScriptEnabled: false });
  const revisions = new AdminRevisionsPage(withoutScript);
  await revisions.goto(articleId);
  await revisions.restore(NOTES.slug);
  await withoutScript.waitForURL(/\?notice=restored-pending$/);
  await expect(new AdminArticleEditorPage(withoutScript).notice).toHaveText("The old version was restored as a pending change. Approve it to put it live.");

  const editor = new AdminArticleEditorPage(await pageAs(staff.editor));
  await editor.goto(articleId);
  await expect(editor.pendingChange).toBeVisible();
  await expect(editor.body, "the form shows the restored version").toHaveValue(BODY);

  const article = new ArticlePage(page);
  await article.goto(newSlug);
  await expect(article.body, "a pending change is not live").toContainText("nine weeks in three warehouses");

  await editor.approvePending("MINOR");
  await expect(editor.pendingChange, "nothing waits any more").toHaveCount(0);

  await article.goto(newSlug);
  await expect(article.body).toContainText("six weeks in two warehouses");
  await expect(article.body).not.toContainText("nine weeks");
  await expect(article.headline).toHaveText(story.title);
});
