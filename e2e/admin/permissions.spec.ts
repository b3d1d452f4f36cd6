/** Who may open which part of the newsroom, and do what there. The server decides; the tests check its answers. */
import { test, expect } from "../fixtures/auth";
import { plainReader, staff } from "../fixtures/admin-accounts";
import { liveReady, testArticle } from "../fixtures/admin-articles";
import { AdminArticleEditorPage } from "../pages/admin-article-editor-page";
import { AdminArticlesPage } from "../pages/admin-articles-page";
import { AdminPage } from "../pages/admin-page";
import { AdminUsersPage } from "../pages/admin-users-page";
import { SignInPage } from "../pages/sign-in-page";
import { unpublishedWithStatus } from "../support/demo-content";

test("signed-out visitor opening /admin is sent to sign in, and back to /admin afterwards", async ({ page, request }) => {
  const response = await request.get("/admin", { maxRedirects: 0 });
  expect([303, 307, 308]).toContain(response.status());
  expect(response.headers()["location"]).toMatch(/^(https?:\/\/[^/]+)?\/signin\?callbackUrl=%2Fadmin$/);

  await page.goto("/admin");
  await expect(page).toHaveURL("/signin?callbackUrl=%2Fadmin");
  await expect(new SignInPage(page).emailInput).toBeVisible();
});

for (const path of ["/admin", "/admin/articles/new"]) {
  test(`reader gets a 403 page at ${path}`, async ({ pageAs }) => {
    const admin = new AdminPage(await pageAs(plainReader));
    const response = await admin.open(path);
    expect(response?.status()).toBe(403);
    await expect(admin.forbiddenHeading).toBeVisible();
    await expect(admin.nav).toHaveCount(0);
  });
}

test("contributor writes and saves a draft and submits it for review, and is never offered Publish now or Schedule", async ({ pageAs }, testInfo) => {
  const story = testArticle(testInfo, "contributed");
  const editor = new AdminArticleEditorPage(await pageAs(staff.contributor));
  await editor.gotoNew();
  await expect(editor.saveDraftButton).toBeVisible();
  await expect(editor.submitForReviewButton).toBeVisible();
  await expect(editor.publishNowButton).toHaveCount(0);
  await expect(editor.scheduleButton).toHaveCount(0);
  await expect(editor.scheduledAt).toHaveCount(0);

  await editor.fill({ ...liveReady(story), authors: [staff.contributor.name] });
  await editor.saveDraftButton.click();
  await editor.page.waitForURL(/\?notice=saved$/);
  const articleId = editor.idFromUrl();
  await expect(editor.notice).toHaveText("Saved.");
  await expect(editor.statusBadge).toHaveText("draft");
  await expect(editor.body).toHaveValue(story.body);
  await expect(editor.publishNowButton).toHaveCount(0);
  await expect(editor.scheduleButton).toHaveCount(0);

  await editor.submitForReviewButton.click();
  // In review, the article is no longer the contributor's to edit: they are back at the list.
  await editor.page.waitForURL(/\/admin\/articles\?notice=submitted$/);
  const editorAgain = new AdminPage(editor.page);
  expect((await editorAgain.open(`/admin/articles/${articleId}`))?.status(), "the article in review is no longer theirs to open").toBe(403);
  await expect(editorAgain.forbiddenHeading).toBeVisible();

  const list = new AdminArticlesPage(editor.page);
  await list.goto({ q: story.title });
  await expect(list.row(story.title).locator(".status")).toHaveText("in review");
});

test("contributor who submits a draft for review is told it was submitted", async ({ pageAs }, testInfo) => {
  const story = testArticle(testInfo, "submitted");
  const editor = new AdminArticleEditorPage(await pageAs(staff.contributor));
  await editor.gotoNew();
  await editor.fill({ ...liveReady(story), authors: [staff.contributor.name] });
  await editor.submitForReviewButton.click();
  await editor.page.waitForURL(/\?notice=submitted$/);
  await expect(editor.main.getByText("Submitted for review.")).toBeVisible({ timeout: 3_000 });
});

test("contributor opening the editor or the revisions of an article they may not edit gets a 403 page", async ({ pageAs }) => {
  const inReview = unpublishedWithStatus("IN_REVIEW")[0]!;
  const list = new AdminArticlesPage(await pageAs(staff.editor));
  await list.goto({ q: inReview.title });
  const articleId = await list.articleId(inReview.title);

  const contributor = new AdminPage(await pageAs(staff.contributor));
  for (const path of [`/admin/articles/${articleId}`, `/admin/articles/${articleId}/revisions`]) {
    const response = await contributor.open(path);
    expect.soft(response?.status(), path).toBe(403);
    await expect.soft(contributor.forbiddenHeading, path).toBeVisible({ timeout: 2_000 });
  }
});

test("contributor who forges a Publish now request for their draft is refused by the server", async ({ pageAs }, testInfo) => {
  const story = testArticle(testInfo, "forged");
  const editor = new AdminArticleEditorPage(await pageAs(staff.contributor));
  await editor.gotoNew();
  await editor.fill({ ...liveReady(story), authors: [staff.contributor.name] });
  await editor.saveDraftButton.click();
  await editor.page.waitForURL(/\?notice=saved$/);
  const articleId = editor.idFromUrl();

  await editor.ready();
  await editor.form.evaluate((form) => {
    const forged = document.createElement("button");
    forged.type = "submit";
    forged.name = "intent";
    forged.value = "publish";
    forged.textContent = "Forged publish";
    form.append(forged);
  });
  await editor.form.getByRole("button", { name: "Forged publish" }).click();
  await expect(editor.formError).toHaveText("You are not allowed to do that to this article.");

  await editor.goto(articleId);
  await expect(editor.statusBadge).toHaveText("draft");
  const response = await editor.page.request.get(`/articles/${story.slug}`, { maxRedirects: 0 });
  expect(response.status()).toBe(404);
});

for (const path of ["/admin/comments", "/admin/users"]) {
  test(`contributor gets a 403 page at ${path} and no link to it`, async ({ pageAs }) => {
    const admin = new AdminPage(await pageAs(staff.contributor));
    await admin.open("/admin");
    await expect(admin.nav.getByRole("link", { name: "Articles" })).toBeVisible();
    await expect(admin.nav.locator(`a[href="${path}"]`)).toHaveCount(0);
    const response = await admin.open(path);
    expect(response?.status()).toBe(403);
    await expect(admin.forbiddenHeading).toBeVisible();
  });
}

test("editor gets a 403 page at /admin/users and no link to it", async ({ pageAs }) => {
  const admin = new AdminPage(await pageAs(staff.editor));
  await admin.open("/admin");
  await expect(admin.nav.getByRole("link", { name: "Comments" })).toBeVisible();
  await expect(admin.nav.getByRole("link", { name: "Users" })).toHaveCount(0);
  const response = await admin.open("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(admin.forbiddenHeading).toBeVisible();
});

test("admin opens /admin/users and makes a reader a contributor, who can then open the newsroom", async ({ pageAs, newReader }) => {
  const { page: readerPage, account } = await newReader("promoted");
  const readerView = new AdminPage(readerPage);
  expect((await readerView.open("/admin"))?.status(), "a reader may not open the newsroom yet").toBe(403);

  const users = new AdminUsersPage(await pageAs(staff.admin));
  expect((await users.goto(account.email))?.status()).toBe(200);
  await expect(users.heading).toHaveText("Users");
  await expect(users.rows).toHaveCount(1);
  await expect(users.roleSelect(account.email)).toHaveValue("READER");
  await users.changeRole(account.email, "contributor");
  await expect(users.roleMessage(account.email)).toHaveText("Role changed from reader to contributor.");

  await users.goto(account.email);
  await expect(users.roleSelect(account.email)).toHaveValue("CONTRIBUTOR");

  expect((await readerView.open("/admin"))?.status()).toBe(200);
  await expect(readerView.heading).toHaveText("Dashboard");
  await expect(readerView.nav.getByRole("link", { name: "Articles" })).toBeVisible();
});
