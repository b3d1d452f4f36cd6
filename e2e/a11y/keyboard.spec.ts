import type { Locator, Page } from "@playwright/test";
import { test, expect } from "../fixtures/auth";
import { demoReader } from "../fixtures/accounts";
import { quietStories } from "../fixtures/comment-stories";
import { ArticleCommentsPage } from "../pages/article-comments-page";
import { untilHydrated } from "../pages/hydration";
import { SEARCH_WORD } from "./audited-pages";

/** Presses Tab until `target` has the focus; fails after `limit` presses. Returns how many it took. */
async function tabTo(page: Page, target: Locator, limit: number): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return presses;
  }
  throw new Error(`Tab never reached the element in ${limit} presses`);
}

/** The focused element's outline, as a sighted keyboard user sees it. */
const focusOutline = (target: Locator) =>
  target.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });

test("keyboard user tabs from the top of the front page to the search field, searches and lands on the results", async ({ page }) => {
  await page.goto("/");
  const searchBox = page.getByRole("banner").getByRole("searchbox", { name: "Search this site" });

  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  // Skip link, the site's name, then the search field: it is never far from the top.
  await tabTo(page, searchBox, 4);
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

test("signed-in keyboard user tabs to the comment form, types, tabs to \"Post comment\" and posts with Enter", async ({ pageAs }) => {
  const page = await pageAs(demoReader("oxbow"));
  const story = new ArticleCommentsPage(page);
  await story.goto(quietStories.keyboard);
  await untilHydrated(story.commentBox);

  // From the top of the page, past the header, the story, its tags, authors and related stories.
  await tabTo(page, story.commentBox, 250);
  const boxOutline = await focusOutline(story.commentBox);
  expect(boxOutline.style).not.toBe("none");
  expect(boxOutline.width).toBeGreaterThanOrEqual(2);
  const text = "Typed and sent without touching the mouse.";
  await page.keyboard.type(text);

  // The reply-notification checkbox sits between the box and the button.
  await tabTo(page, story.postButton, 3);
  const buttonOutline = await focusOutline(story.postButton);
  expect(buttonOutline.style).not.toBe("none");
  expect(buttonOutline.width).toBeGreaterThanOrEqual(2);
  await page.keyboard.press("Enter");

  await expect(story.posted).toBeVisible();
  await expect(story.item(text).body).toHaveText(text);
  await expect(story.commentBox).toHaveValue("");
});
