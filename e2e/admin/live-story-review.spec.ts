/** A change to a live story saved for review stays off the site until an editor approves it. */
import { test, expect } from "../fixtures/auth";
import { staff } from "../fixtures/admin-accounts";
import { publishNewArticle, testArticle } from "../fixtures/admin-articles";
import { AdminArticleEditorPage } from "../pages/admin-article-editor-page";
import { ArticlePage } from "../pages/article-page";

const ADDED = "A paragraph added in review.";

/** Publishes a story of the test's own and saves a change to it for review; the editor stays on the story. */
async function storyWithPendingChange(editor: AdminArticleEditorPage, story: ReturnType<typeof testArticle>) {
  const articleId = await publishNewArticle(editor, story);
  await editor.goto(articleId);
  await editor.fill({ body: `${story.body}\n\n${ADDED}` });
  await editor.saveChangeForReviewButton.click();
  await editor.page.waitForURL(/\?notice=proposed$/);
  return articleId;
}

test("editor's change to a live story saved for review leaves the story unchanged; approved as minor, it goes live with no Updated time", async ({ pageAs, visitorPage }, testInfo) => {
  const story = testArticle(testInfo, "review");
  const editor = new AdminArticleEditorPage(await pageAs(staff.editor));
  const reader = new ArticlePage(await visitorPage());

  await storyWithPendingChange(editor, story);
  await expect(editor.notice).toHaveText("Your change is saved for review; the published version stays online until an editor approves it.");
  await expect(editor.pendingChange).toBeVisible();
  await expect(editor.body, "the form shows the proposed version").toHaveValue(`${story.body}\n\n${ADDED}`);

  await reader.goto(story.slug);
  await expect(reader.body).toContainText("opening paragraph");
  await expect(reader.body).not.toContainText(ADDED);
  await expect(reader.updatedTime).toHaveCount(0);

  await editor.approvePending("MINOR");
  await expect(editor.pendingChange, "nothing waits any more").toHaveCount(0);

  await reader.goto(story.slug);
  await expect(reader.body).toContainText(ADDED);
  await expect(reader.updatedTime, "a minor change adds no Updated time").toHaveCount(0);
});

test("editor who approves a pending change is told that it is live", async ({ pageAs }, testInfo) => {
  const editor = new AdminArticleEditorPage(await pageAs(staff.editor));
  await storyWithPendingChange(editor, testArticle(testInfo, "approved"));
  await editor.approvePending("MINOR");
  await expect(editor.pendingChange).toHaveCount(0);
  await expect(editor.main.getByText("The change is live.")).toBeVisible({ timeout: 3_000 });
  await expect(editor.notice).not.toContainText("saved for review");
});
