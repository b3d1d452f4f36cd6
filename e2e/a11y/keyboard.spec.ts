import { test, expect } from "@playwright/test";
import { SEARCH_WORD } from "./audited-pages";

test("keyboard user tabs from the top of the front page to the search field, searches and lands on the results", async ({ page }) => {
  await page.goto("/");
  const searchBox = page.getByRole("banner").getByRole("searchbox", { name: "Search this site" });

  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  // Skip link, the site's name, then the search field: it is never far from the top.
  let presses = 1;
  while (!(await searchBox.evaluate((el) => el === document.activeElement)) && presses < 5) {
    await page.keyboard.press("Tab");
    presses++;
  }
  await expect(searchBox).toBeFocused();

  await page.keyboard.type(SEARCH_WORD);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${SEARCH_WORD}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Results for “${SEARCH_WORD}”`);
  await expect(page.getByRole("main").getByRole("article").first().getByRole("heading").getByRole("link")).toBeVisible();
});

test("keyboard user can see where the focus is on every control of the front page's header", async ({ page }) => {
  await page.goto("/");
  const bannerControls = await page.getByRole("banner").locator("a, input, button").count();
  // The skip link comes first, then everything in the header.
  for (let i = 0; i <= bannerControls; i++) {
    await page.keyboard.press("Tab");
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return { name: el.textContent?.trim() || el.getAttribute("aria-label") || el.id, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(focus, `Tab ${i + 1} focuses something`).not.toBeNull();
    expect(focus?.outline, `focus outline on "${focus?.name}"`).not.toBe("none");
    expect(focus?.width, `focus outline width on "${focus?.name}"`).toBeGreaterThanOrEqual(2);
  }
});
