import { test, expect } from "@playwright/test";
import { HOSTILE_ARTICLE } from "../fixtures/fixture-data";

test("reader's browser runs nothing from hostile HTML in an article's Markdown", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const response = await page.goto(`/articles/${HOSTILE_ARTICLE.slug}`);
  expect(response?.status()).toBe(200);
  const prose = page.locator(".prose");
  await expect(prose).toContainText("Safe opening paragraph.");
  await expect(prose).toContainText("Safe closing paragraph.");

  const html = await prose.innerHTML();
  expect(html).not.toMatch(/<script|<iframe|<svg|onerror|onload|javascript:/i);
  await expect(prose.locator("script, iframe, svg, [onerror], [onload]")).toHaveCount(0);

  // The link texts survive as text; following them does nothing.
  await expect(prose.getByText("Click me")).toBeVisible();
  const hrefs = await prose.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  for (const href of hrefs) expect(href ?? "").not.toMatch(/^\s*javascript:/i);

  await page.waitForLoadState("load");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
