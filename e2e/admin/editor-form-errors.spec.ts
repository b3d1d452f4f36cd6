/** What the article editor keeps when the server refuses a save. */
import { test, expect } from "../fixtures/auth";
import { staff } from "../fixtures/admin-accounts";
import { testArticle } from "../fixtures/admin-articles";
import { AdminArticleEditorPage } from "../pages/admin-article-editor-page";
import { demoArticles, demoSections } from "../support/demo-content";

/** A seeded image in the media library, by its alt text (the seed stores every hero there). */
const libraryImage = demoArticles[demoArticles.length - 1]!.heroAlt;

test("editor who picks a library image but gives the story no alt text for it is told so next to the field, and keeps the image and the text", async ({ pageAs }, testInfo) => {
  const story = testArticle(testInfo, "library-alt");
  const editor = new AdminArticleEditorPage(await pageAs(staff.editor));
  await editor.gotoNew();
  await editor.fill({ title: story.title, standfirst: story.standfirst, body: story.body, heroCaption: "A caption without alt text" });
  await editor.chooseFromLibrary(libraryImage);
  await editor.saveDraftButton.click();

  await expect(editor.formError).toHaveText("Please correct the highlighted fields.");
  await expect(editor.heroAltError).toHaveText("Describe the hero image for people who cannot see it.");
  await expect(editor.heroAlt).toHaveAttribute("aria-invalid", "true");
  expect(editor.page.url(), "nothing was saved").toMatch(/\/admin\/articles\/new$/);
  await expect(editor.headline).toHaveValue(story.title);
  await expect(editor.standfirst).toHaveValue(story.standfirst);
  await expect(editor.body).toHaveValue(story.body);
  await expect(editor.heroCaption).toHaveValue("A caption without alt text");
  await expect(editor.libraryChoice).toContainText(`(now: ${libraryImage})`);

  await editor.heroAlt.fill("A wafer-like pattern of circles");
  await editor.saveDraftButton.click();
  await editor.page.waitForURL(/\?notice=saved$/);
  await expect(editor.heroAlt).toHaveValue("A wafer-like pattern of circles");
  await expect(editor.libraryChoice).toContainText(`(now: ${libraryImage})`);
});

test("editor's chosen section and byline are still chosen after a refused save", async ({ pageAs }, testInfo) => {
  const story = testArticle(testInfo, "kept-selects");
  const section = demoSections[1]!.name;
  const editor = new AdminArticleEditorPage(await pageAs(staff.editor));
  await editor.gotoNew();
  await editor.fill({ title: story.title, slug: "Not A Valid Slug!", body: story.body, authors: [staff.editor.name, staff.contributor.name] });
  await editor.section.selectOption({ label: section });
  await editor.saveDraftButton.click();

  await expect(editor.form.locator("#f-slug-error")).toHaveText("Use lowercase letters, digits and single dashes, e.g. my-story-title.");
  await expect(editor.slug).toHaveValue("Not A Valid Slug!");
  await expect(editor.body).toHaveValue(story.body);
  await expect(editor.section.locator("option:checked")).toHaveText(section, { timeout: 2_000 });
  await expect(editor.authorSelect(1).locator("option:checked")).toHaveText(staff.editor.name, { timeout: 2_000 });
  await expect(editor.authorSelect(2).locator("option:checked")).toHaveText(staff.contributor.name, { timeout: 2_000 });
});

test("contributor who names a tag that does not exist yet is told to choose existing ones, nothing is saved, and no tag page appears", async ({ pageAs, page }, testInfo) => {
  const story = testArticle(testInfo, "contributor-tag");
  const newTag = `Proposed ${testInfo.testId.slice(0, 6)}`;
  const editor = new AdminArticleEditorPage(await pageAs(staff.contributor));
  await editor.gotoNew();
  await editor.fill({ title: story.title, body: story.body, tags: `Benchmarks, ${newTag}` });
  await editor.saveDraftButton.click();

  await expect(editor.formError).toHaveText("Please correct the highlighted fields.");
  await expect(editor.form.locator("#f-tags-error")).toHaveText(`“${newTag}” is not a tag yet. Choose existing tags, or ask an editor to add it.`);
  await expect(editor.tags).toHaveValue(`Benchmarks, ${newTag}`);
  await expect(editor.body).toHaveValue(story.body);
  expect(editor.page.url(), "nothing was saved").toMatch(/\/admin\/articles\/new$/);
  const slug = newTag.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  expect((await page.request.get(`/tags/${slug}`)).status()).toBe(404);
});
