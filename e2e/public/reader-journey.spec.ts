import { test, expect } from "@playwright/test";
import { ArticlePage } from "../pages/article-page";
import { AuthorPage } from "../pages/author-page";
import { FrontPage } from "../pages/front-page";
import { CACHE_SECTION } from "../fixtures/fixture-data";
import { authorByName, demoSections, oneLine, sectionPath } from "../support/demo-content";

test("reader sees the sections in the header navigation of the front page, in the newsroom's order", async ({ page }) => {
  const front = new FrontPage(page);
  await front.goto();

  // The demo newsroom's five, then the one the test fixtures add last (e2e/fixtures/fixture-data.ts).
  await expect(front.sectionLinks).toHaveText(["AI Models", "Policy", "Hardware", "Software", "Security", CACHE_SECTION.name]);
  for (const section of demoSections) {
    await expect(front.sectionNav.getByRole("link", { name: section.name, exact: true })).toHaveAttribute("href", sectionPath(section.slug));
  }
});

test("reader follows the lead story to its article page and on to its author page", async ({ page }) => {
  const front = new FrontPage(page);
  await front.goto();
  await expect(front.sectionLinks).toHaveCount(demoSections.length + 1);

  const headline = oneLine((await front.leadHeadlineLink.textContent()) ?? "");
  const articleHref = await front.leadHeadlineLink.getAttribute("href");
  expect(headline).not.toBe("");
  expect(articleHref).toMatch(/^\/articles\/[a-z0-9-]+$/);

  await front.leadHeadlineLink.click();
  await expect(page).toHaveURL(articleHref ?? "");

  const story = new ArticlePage(page);
  await expect(story.headline).toHaveText(headline);

  const bylineNames = (await story.bylineLinks.allTextContents()).map(oneLine);
  expect(bylineNames.length).toBeGreaterThan(0);
  for (const name of bylineNames) {
    await expect(story.byline.getByRole("link", { name, exact: true })).toHaveAttribute("href", `/authors/${authorByName(name).slug}`);
  }

  const firstName = bylineNames[0] ?? "";
  const writer = authorByName(firstName);
  await story.byline.getByRole("link", { name: firstName, exact: true }).click();
  await expect(page).toHaveURL(`/authors/${writer.slug}`);

  const profile = new AuthorPage(page);
  await expect(profile.name).toHaveText(writer.name);
  await expect(profile.jobTitle).toHaveText(writer.jobTitle);
  const firstAffiliation = writer.affiliations[0];
  if (!firstAffiliation) throw new Error(`${writer.name} has no affiliation in the demo content`);
  await expect(profile.affiliations.first()).toHaveText(`${firstAffiliation.role} at ${firstAffiliation.organisation}`);
  await expect(profile.affiliations.filter({ hasText: /^.+ at .+$/ })).toHaveCount(writer.affiliations.length);

  const elsewhere = profile.elsewhere(writer.name);
  await expect(elsewhere.getByRole("link")).toHaveCount(writer.links.length);
  const linkedIn = writer.links.find((l) => l.kind === "linkedin");
  if (linkedIn) {
    await expect(elsewhere.getByRole("link", { name: "Connect on LinkedIn" })).toHaveAttribute("href", linkedIn.url);
  } else {
    await expect(elsewhere.getByRole("link").first()).toHaveText(/^(Connect on|Follow on|Code on|Personal website)/);
  }

  await expect(profile.articles.getByRole("link", { name: headline, exact: true })).toHaveAttribute("href", articleHref ?? "");
});
