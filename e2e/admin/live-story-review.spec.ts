/** A change to a live story saved for review stays off the site until an editor approves it. */
import { test, expect } from "../fixtures/auth";
import { staff } from "../fixtures/admin-accounts";
import { publishNewArticle, testArticle } from "../fixtures/admin-articles";
import { AdminArticleEditorPage } from "../pages/admin-article-editor-page";
import { ArticlePage } from "../pages/article-page";

test("editor's change to a live story saved for review leaves the story unchanged; approved as minor, it goes live with no Updated time", async ({ pageAs, visitorPage }, testInfo) => {
  const story = testArticle(testInfo, "review");
  const changed = `${story.body}\n\nA paragraph added in review.`;
  const editor = new AdminArticleEditorPage(await pageAs(staff.editor));
  const articleId = await publishNewArticle(editor, story);

  const reader = new ArticlePage(await visitorPage());
  await reader.goto(story.slug);
  await expect(reader.body).toContainText("opening paragraph");
  await expect(reader.updatedTime).toHaveCount(0);

  await editor.goto(articleId);
  await editor.fill({ body: changed });
  await editor.saveChangeForReviewButton.click();
  await editor.page.waitForURL(/\?notice=proposed$/);
  await expect(editor.notice).toHaveText("Your change is saved for review; the published version stays online until an editor approves it.");
  await expect(editor.pendingChange).toBeVisible();
  await expect(editor.body, "the form shows the proposed version").toHaveValue(changed);

  await reader.goto(story.slug);
  await expect(reader.body).toContainText("opening paragraph");
  await expect(reader.body).not.toContainText("A paragraph added in review.");

  await editor.approvePending("MINOR");
  await expect(editor.decision).toHaveText("The change is live.");

  await reader.goto(story.slug);
  await expect(reader.body).toContainText("A paragraph added in review.");
  await expect(reader.updatedTime, "a minor change adds no Updated time").toHaveCount(0);
});
