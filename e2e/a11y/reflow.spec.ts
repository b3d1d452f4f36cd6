import { test, expect } from "@playwright/test";
import { SitePage } from "../pages/site-page";
import { auditedPages } from "./audited-pages";
import { wcagViolations } from "./axe-report";

/**
 * WCAG 1.4.10 Reflow: content fits 320 CSS pixels without scrolling sideways (the width of a
 * 1280 px window at 400% zoom, so 200% zoom is covered too). Only a wide table may scroll, inside
 * its own focusable box; code wraps.
 */
test.describe("at 320 CSS pixels wide", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const { name, path } of auditedPages) {
    test(`reader can use the ${name} (${path}) without scrolling sideways, and axe finds nothing at that width`, async ({ page }) => {
      const site = new SitePage(page);
      await site.open(path);
      await expect(site.heading).toBeVisible();
      const { scrollWidth, clientWidth } = await site.horizontalExtent();
      expect(clientWidth).toBe(320);
      expect(scrollWidth, `${path} is ${scrollWidth}px wide`).toBeLessThanOrEqual(clientWidth);
      await expect(page.getByRole("banner").getByRole("searchbox")).toBeInViewport();
      // Narrow screens bring their own failures: code and tables that scroll, targets that crowd.
      expect(await wcagViolations(page), `axe found violations on ${path} at 320 px`).toBe("");
    });
  }
});
