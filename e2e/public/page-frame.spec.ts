/** The frame around every page: on a page shorter than the window the footer sits at its foot. */
import { test, expect } from "@playwright/test";
import { SitePage } from "../pages/site-page";

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1366, height: 900 },
]) {
  for (const path of ["/signin", "/no/such/page"]) {
    test(`visitor sees the footer at the foot of the short page ${path}, at ${viewport.width} px, not partway up`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const site = new SitePage(page);
      await site.open(path);
      await expect(site.footer).toBeVisible();
      const gap = await site.footerGapAtEnd();
      expect(gap, "no empty band under the footer").toBeLessThanOrEqual(1);
      expect(gap, "the footer is not cut off").toBeGreaterThanOrEqual(-1);
    });
  }
}
