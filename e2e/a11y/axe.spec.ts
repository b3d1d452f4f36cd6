import { test, expect, type Page } from "@playwright/test";
import { SitePage } from "../pages/site-page";
import { auditedPages, storyWithComments } from "./audited-pages";
import { wcagViolations } from "./axe-report";

async function openAudited(page: Page, path: string, status: number) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
}

for (const { name, path, status } of auditedPages) {
  test.describe(`${name} (${path})`, () => {
    test("has no WCAG 2.2 A or AA violations that axe can find", async ({ page }) => {
      await openAudited(page, path, status);
      expect(await wcagViolations(page), `axe found violations on ${path}`).toBe("");
    });

    test("has one h1, one banner, main and footer, and a page language", async ({ page }) => {
      await openAudited(page, path, status);
      const site = new SitePage(page);
      await expect(site.heading).toHaveCount(1);
      await expect(page.getByRole("banner")).toHaveCount(1);
      await expect(site.main).toHaveCount(1);
      await expect(site.footer).toHaveCount(1);
      await expect(site.sectionNav).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", /^[a-z]{2,3}(-|$)/);
      expect((await page.title()).trim().length, "a page title").toBeGreaterThan(0);
    });
  });
}

test("keyboard user skips the header with the first Tab and lands in the main content", async ({ page }) => {
  await page.goto(`/articles/${storyWithComments.slug}`);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  await expect(page.getByRole("main")).toBeFocused();
  // The next Tab goes on from the main content, not from the top of the page.
  await page.keyboard.press("Tab");
  const focusedInMain = await page.evaluate(() => document.querySelector("main")?.contains(document.activeElement) ?? false);
  expect(focusedInMain).toBe(true);
});

test("the audited story shows its comments, and a sign-in link instead of the form, to a signed-out reader", async ({ page }) => {
  await page.goto(`/articles/${storyWithComments.slug}`);
  const comments = page.getByRole("region", { name: /\d+ comments?$/ });
  await expect(comments.getByRole("link", { name: "Sign in to comment" })).toBeVisible();
  await expect(comments.locator("article.comment").first()).toBeVisible();
});
