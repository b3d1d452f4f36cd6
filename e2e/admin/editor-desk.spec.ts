/** The editor's desk: a new article signed by its writer, the actions always in reach, "New article" on the dashboard. */
import { test, expect } from "../fixtures/auth";
import { staff } from "../fixtures/admin-accounts";
import { AdminArticleEditorPage } from "../pages/admin-article-editor-page";
import { AdminDashboardPage } from "../pages/admin-dashboard-page";

test("editor with an author profile starts a new article with their own byline; the admin, who has none, with an empty one", async ({ pageAs }) => {
  // Two people sign in, the admin perhaps for the first time in the run.
  test.slow();
  const editor = new AdminArticleEditorPage(await pageAs(staff.editor));
  await editor.gotoNew();
  await expect(editor.authorSelect(1).locator("option:checked")).toHaveText(staff.editor.name);
  await expect(editor.authorSelect(2).locator("option:checked")).toHaveText("—");

  const admin = new AdminArticleEditorPage(await pageAs(staff.admin));
  await admin.gotoNew();
  await expect(admin.authorSelect(1).locator("option:checked")).toHaveText("—");
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1366, height: 900 },
]) {
  test(`editor at ${viewport.width} px sees Save, Preview, Schedule and Publish at the foot of the screen wherever the long form is scrolled`, async ({ pageAs }) => {
    const page = await pageAs(staff.editor);
    await page.setViewportSize(viewport);
    const editor = new AdminArticleEditorPage(page);
    await editor.gotoNew();
    const buttons = [editor.saveDraftButton, editor.previewLink, editor.scheduleButton, editor.publishNowButton];

    const form = await editor.form.boundingBox();
    expect(form!.height, "the form is longer than the screen").toBeGreaterThan(viewport.height);
    for (const place of ["top", "middle"] as const) {
      if (place === "middle") await editor.section.scrollIntoViewIfNeeded();
      for (const button of buttons) await expect(button, `${place} of the form`).toBeInViewport();
      const bar = await editor.actionBar.boundingBox();
      expect(Math.round(bar!.y + bar!.height), `the bar sits at the foot of the screen (${place})`).toBe(viewport.height);
    }
    await editor.previewLink.click();
    await expect(editor.preview.getByRole("heading", { name: "Preview" })).toBeInViewport();
  });
}

test("editor starts a new article from the dashboard", async ({ pageAs }) => {
  const dashboard = new AdminDashboardPage(await pageAs(staff.editor));
  await dashboard.goto();
  await dashboard.newArticleLink.click();
  await dashboard.page.waitForURL(/\/admin\/articles\/new$/);
  await expect(dashboard.heading).toHaveText("New article");
});
