import { test, expect } from "@playwright/test";
import { FrontPage } from "../pages/front-page";

test("reader sees the lead story once: not again at the head of its section's block", async ({ page }) => {
  const front = new FrontPage(page);
  await front.goto("domcontentloaded");
  const lead = (await front.leadHeadlineLink.textContent())?.trim() ?? "";
  expect(lead, "the front page has a lead story").not.toBe("");

  await expect(front.sectionBlocks.first()).toBeVisible();
  const blockHeadlines = await front.sectionBlocks.getByRole("article").getByRole("heading").allTextContents();
  expect(blockHeadlines.length).toBeGreaterThan(0);
  expect(blockHeadlines.map((h) => h.trim())).not.toContain(lead);
  await expect(front.main.getByRole("link", { name: lead, exact: true })).toHaveCount(1);
});
