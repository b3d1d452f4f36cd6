/** On a desktop the admin's navigation is a column that runs the page's whole height. */
import { test, expect } from "../fixtures/auth";
import { staff } from "../fixtures/admin-accounts";
import { AdminPage } from "../pages/admin-page";

const DESKTOP = { width: 1366, height: 900 };

for (const path of ["/admin/articles", "/admin/audit", "/admin/tags"]) {
  test(`admin sees the navigation's column reach the foot of ${path} at 1366 px`, async ({ pageAs }) => {
    const page = await pageAs(staff.admin);
    await page.setViewportSize(DESKTOP);
    const admin = new AdminPage(page);
    await admin.open(path);
    await expect(admin.nav).toBeVisible();
    expect(await admin.navigationPaintsBottomAt(40), "the column's background reaches the bottom").toBe(true);
  });
}
