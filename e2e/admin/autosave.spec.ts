/**
 * Never losing work in the editor: the form's text is autosaved while it is typed, survives a
 * closed tab, and is offered back; leaving a changed form asks first.
 */
import type { Dialog } from "@playwright/test";
import { test, expect } from "../fixtures/auth";
import { staff } from "../fixtures/admin-accounts";
import { publishNewArticle, saveNewDraft, testArticle } from "../fixtures/admin-articles";
import { AdminArticleEditorPage } from "../pages/admin-article-editor-page";
import { ArticlePage } from "../pages/article-page";

/** The first autosave comes three seconds after a change; a busy server may take a while to answer. */
const SAVED = { timeout: 20_000 };

// Each test saves an article and waits for an autosave besides: more than the default time on a busy machine.
test.slow();
const LEAVE_WARNING = "Your changes are not saved. Leave this page anyway?";

test("editor's typing is autosaved, survives a closed tab, and Restore brings it back into the form", async ({ pageAs }, testInfo) => {
  const story = testArticle(testInfo, "autosave");
  const editor = new AdminArticleEditorPage(await pageAs(staff.editor));
  const articleId = await saveNewDraft(editor, story);
  await expect(editor.autosaveOffer, "a save leaves no autosave behind").toHaveCount(0);

  const typed = { title: `${story.title}, rewritten`, body: `${story.body}\n\nA paragraph typed just before the tab closed.` };
  await editor.fill(typed);
  await expect(editor.autosaveStatus).toHaveText(/^Saved \d\d:\d\d$/, SAVED);
  await editor.page.close();

  const reopened = new AdminArticleEditorPage(await pageAs(staff.editor));
  await reopened.goto(articleId);
  await expect(reopened.headline, "the article itself is as saved").toHaveValue(story.title);
  await expect(reopened.autosaveOffer).toContainText("You have unsaved changes, autosaved");
  await reopened.restoreAutosaveLink.click();
  await expect(reopened.autosaveOffer).toContainText("The form holds your version autosaved");
  await expect(reopened.headline).toHaveValue(typed.title);
  await expect(reopened.body).toHaveValue(typed.body);

  await reopened.ready();
  await reopened.saveDraftButton.click();
  await reopened.page.waitForURL(/\?notice=saved$/);
  await expect(reopened.headline).toHaveValue(typed.title);
  await expect(reopened.autosaveOffer, "saving the restored text ends the autosave").toHaveCount(0);
});

test("editor who discards an autosave gets the saved article back, and is not offered it again", async ({ pageAs }, testInfo) => {
  const story = testArticle(testInfo, "discard");
  const editor = new AdminArticleEditorPage(await pageAs(staff.editor));
  const articleId = await saveNewDraft(editor, story);
  await editor.fill({ standfirst: "A standfirst nobody wants." });
  await expect(editor.autosaveStatus).toHaveText(/^Saved /, SAVED);

  const again = new AdminArticleEditorPage(await pageAs(staff.editor));
  await again.goto(articleId);
  await again.restoreAutosaveLink.click();
  await expect(again.standfirst).toHaveValue("A standfirst nobody wants.");
  await again.discardAutosaveButton.click();
  await expect(again.autosaveOffer).toHaveCount(0);
  await expect(again.standfirst).toHaveValue(story.standfirst);
  expect(again.page.url()).toMatch(new RegExp(`/admin/articles/${articleId}$`));
});

test("editor's autosaved change to a live story does not reach readers", async ({ pageAs, visitorPage }, testInfo) => {
  const story = testArticle(testInfo, "autosave-live");
  const editor = new AdminArticleEditorPage(await pageAs(staff.editor));
  const articleId = await publishNewArticle(editor, story);
  await editor.goto(articleId);
  await editor.fill({ body: `${story.body}\n\nAn unchecked claim, half-typed` });
  await expect(editor.autosaveStatus).toHaveText(/^Saved /, SAVED);

  const reader = new ArticlePage(await visitorPage());
  await reader.goto(story.slug);
  await expect(reader.page.getByText("A second paragraph keeps it company.")).toBeVisible();
  await expect(reader.page.getByText("An unchecked claim")).toHaveCount(0);
});

test("editor leaving a changed form is asked first: closing the tab, and following a link in the newsroom", async ({ pageAs }, testInfo) => {
  const story = testArticle(testInfo, "leave");
  const editor = new AdminArticleEditorPage(await pageAs(staff.editor));
  const articleId = await saveNewDraft(editor, story);
  const articlesLink = editor.nav.getByRole("link", { name: "Articles", exact: true });

  await test.step("a form just saved, and so unchanged, is left without a question", async () => {
    const asked: string[] = [];
    const answer = (dialog: Dialog) => {
      asked.push(dialog.message());
      void dialog.accept();
    };
    editor.page.on("dialog", answer);
    await articlesLink.click();
    await editor.page.waitForURL(/\/admin\/articles$/);
    editor.page.off("dialog", answer);
    expect(asked).toEqual([]);
  });

  await editor.goto(articleId);
  await editor.ready();
  await editor.body.click();
  await editor.body.press("End");
  await editor.body.pressSequentially(" More.");

  await test.step("following a link asks; staying keeps the text", async () => {
    const asked = editor.page.waitForEvent("dialog");
    // The click ends only once the question is answered.
    const clicked = articlesLink.click();
    const dialog = await asked;
    expect(dialog.type()).toBe("confirm");
    expect(dialog.message()).toBe(LEAVE_WARNING);
    await dialog.dismiss();
    await clicked;
    await expect(editor.body).toHaveValue(`${story.body} More.`);
    expect(editor.page.url()).toMatch(new RegExp(`/admin/articles/${articleId}`));
  });

  await test.step("closing the tab asks the browser's question; staying keeps the page", async () => {
    const asked = editor.page.waitForEvent("dialog");
    await editor.page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe("beforeunload");
    await dialog.dismiss();
    await expect(editor.body).toHaveValue(`${story.body} More.`);
    expect(editor.page.isClosed()).toBe(false);
  });

  await test.step("agreeing to leave follows the link", async () => {
    editor.page.once("dialog", (dialog) => void dialog.accept());
    await articlesLink.click();
    await editor.page.waitForURL(/\/admin\/articles$/);
  });
});
