import path from "node:path";
import { test, expect } from "../fixtures/auth";
import { staff } from "../fixtures/admin-accounts";
import { AdminImportPage } from "../pages/admin-import-page";
import { AdminPage } from "../pages/admin-page";

const EXPORT = path.resolve("test/fixtures/imports/own/admin-draft.xml");

test("an editor gets a 403 page at /admin/import and no Import link", async ({ pageAs }) => {
  // Signs the editor in by the emailed link first.
  test.slow();
  const admin = new AdminPage(await pageAs(staff.editor));
  const response = await admin.open("/admin/import");
  expect(response?.status()).toBe(403);
  await admin.open("/admin");
  await expect(admin.nav.getByRole("link", { name: "Import" })).toHaveCount(0);
});

test("an admin dry-runs a WordPress export, reads the report, then imports it", async ({ pageAs }) => {
  // Two full runs of the importer and three page loads.
  test.slow();
  const page = await pageAs(staff.admin);
  const importer = new AdminImportPage(page);
  await importer.goto();
  await expect(importer.heading).toHaveText("Import");
  await importer.wordpress.check();
  await importer.exportFile.setInputFiles(EXPORT);
  await importer.dryRunButton.click();
  await expect(importer.message).toHaveText("Dry run finished: nothing was written. Check the report, then import.");
  await expect(importer.report).toHaveAccessibleName("What the import would do");
  await expect(importer.reportPosts).toHaveCount(1);
  await expect(importer.reportPosts.first()).toContainText("create");
  await expect(importer.reportPosts.first()).toContainText("Imported Draft: Notes From the Night Desk");
  await expect(importer.report).toContainText("Ieva Draftwright new profile /authors/ieva-draftwright");

  // Nothing was written yet: the draft is not in the newsroom's list.
  const articles = await page.context().newPage();
  await articles.goto("/admin/articles?q=Night+Desk");
  await expect(articles.getByRole("link", { name: "Imported Draft: Notes From the Night Desk" })).toHaveCount(0);

  await importer.importButton.click();
  await expect(importer.message).toHaveText("Import finished.");
  await expect(importer.report).toHaveAccessibleName("What the import did");
  await expect(importer.reportPosts.first()).toContainText("DRAFT");

  await articles.reload();
  await expect(articles.getByRole("link", { name: "Imported Draft: Notes From the Night Desk" })).toBeVisible();
});
