/** The newsroom on a 390 px phone: every place reachable, lists that fit, decisions in reach. */
import type { Locator } from "@playwright/test";
import { test, expect } from "../fixtures/auth";
import { staff } from "../fixtures/admin-accounts";
import { phoneModerationStory } from "../fixtures/admin-stories";
import { AdminArticlesPage } from "../pages/admin-articles-page";
import { AdminCommentsPage } from "../pages/admin-comments-page";
import type { AdminPage } from "../pages/admin-page";
import { ArticleCommentsPage } from "../pages/article-comments-page";

const PHONE = { width: 390, height: 844 };

/** The element lies across the window, within its 390 px, with nothing cut off at either side. */
async function expectWithinWidth(admin: AdminPage, target: Locator, what: string) {
  const { left, right } = await admin.horizontalSpan(target);
  expect(left, `${what} starts inside the window`).toBeGreaterThanOrEqual(0);
  expect(right, `${what} ends inside the window`).toBeLessThanOrEqual(PHONE.width);
}

test("editor on a phone reaches every admin place from the navigation and reads the article list without scrolling sideways", async ({ pageAs }) => {
  const page = await pageAs(staff.editor);
  await page.setViewportSize(PHONE);
  const articles = new AdminArticlesPage(page);
  await articles.goto();
  await expect(articles.heading).toHaveText("Articles");
  expect((await articles.horizontalExtent()).scrollWidth).toBeLessThanOrEqual(PHONE.width);

  const links = articles.nav.getByRole("link");
  expect(await links.count()).toBeGreaterThan(3);
  for (const link of await links.all()) {
    await expect(link).toBeVisible();
    await expectWithinWidth(articles, link, `the "${await link.textContent()}" link`);
  }
  const headlines = articles.titleLinks;
  expect(await headlines.count()).toBeGreaterThan(0);
  await expectWithinWidth(articles, headlines.first(), "the first headline");
});

test("editor on a phone approves a waiting comment with the row's own button, in reach and confirmed", async ({ newReader, pageAs }) => {
  const { page: readerPage, account } = await newReader("phone");
  const text = `Waiting on a phone's queue, from ${account.name}.`;
  const reader = new ArticleCommentsPage(readerPage);
  await reader.goto(phoneModerationStory.slug);
  await reader.post(text);
  await expect(reader.item(text).pendingBadge).toBeVisible();

  const page = await pageAs(staff.editor);
  await page.setViewportSize(PHONE);
  const queue = new AdminCommentsPage(page);
  await queue.goto();
  expect((await queue.horizontalExtent()).scrollWidth).toBeLessThanOrEqual(PHONE.width);
  const row = queue.pendingRow(text);
  for (const name of [/^Approve comment by /, /^Reject comment by /]) {
    const button = row.getByRole("button", { name });
    await button.scrollIntoViewIfNeeded();
    await expectWithinWidth(queue, button, String(name));
    expect((await button.boundingBox())?.height ?? 0, "a target a thumb can hit").toBeGreaterThanOrEqual(44);
  }
  await queue.decide(text, "Approve");
  await expect(queue.pendingRow(text)).toHaveCount(0);
  await expect(queue.confirmations).toHaveText(["Approved 1 comment."]);
  await expect(queue.confirmations).toBeInViewport();
});
