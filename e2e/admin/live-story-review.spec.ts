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

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1366, height: 900 },
]) {
  test(`editor sees each "Minor / Substantive" radio button right beside its words, at ${viewport.width} px`, async ({ pageAs }, testInfo) => {
    const page = await pageAs(staff.editor);
    await page.setViewportSize(viewport);
    const editor = new AdminArticleEditorPage(page);
    await storyWithPendingChange(editor, testArticle(testInfo, `radios-${viewport.width}`));
    for (const radio of [editor.minorChange, editor.substantiveChange, editor.pendingMinor, editor.pendingSubstantive]) {
      await expect(radio).toBeVisible();
      const { width, gap, middleBelowLineTop } = await editor.radioBesideWords(radio);
      expect(width, "a radio button is a small circle").toBeLessThanOrEqual(24);
      expect(gap, "its words start just after it").toBeGreaterThanOrEqual(0);
      expect(gap, "its words start just after it").toBeLessThanOrEqual(16);
      expect(middleBelowLineTop, "it sits on the first line of its words").toBeGreaterThan(0);
      expect(middleBelowLineTop, "it sits on the first line of its words").toBeLessThan(28);
    }
  });
}
