/** Two editors on one article: the second save is refused, and keeps its text. */
import { test, expect } from "../fixtures/auth";
import { staff } from "../fixtures/admin-accounts";
import { saveNewDraft, testArticle } from "../fixtures/admin-articles";
import { AdminArticleEditorPage } from "../pages/admin-article-editor-page";

test("editor saving an article someone saved after they opened it is told so, and keeps what they typed", async ({ pageAs }, testInfo) => {
  const story = testArticle(testInfo, "stale");
  const first = new AdminArticleEditorPage(await pageAs(staff.editor));
  const articleId = await saveNewDraft(first, story);
  const second = new AdminArticleEditorPage(await pageAs(staff.editor));
  await first.goto(articleId);
  await second.goto(articleId);
  await first.ready();
  await second.ready();

  await first.fill({ standfirst: "The first editor's standfirst." });
  await first.saveDraftButton.click();
  await first.page.waitForURL(/\?notice=saved$/);

  const theirs = { title: `${story.title}, retitled`, body: `${story.body}\n\nThe second editor's paragraph.` };
  await second.fill(theirs);
  await second.saveDraftButton.click();
  await expect(second.formError).toContainText("Someone else saved this article after you opened it.");
  await expect(second.formError).toContainText("your version is still in the form");
  await expect(second.headline).toHaveValue(theirs.title);
  await expect(second.body).toHaveValue(theirs.body);
  expect(second.page.url(), "no notice of a save").not.toContain("notice=");

  await second.goto(articleId);
  await expect(second.standfirst, "the first save stands").toHaveValue("The first editor's standfirst.");
  await expect(second.headline, "the refused save changed nothing").toHaveValue(story.title);
});
