import { test, expect } from "@playwright/test";
import { ArticlePage } from "../pages/article-page";
import { AuthorPage } from "../pages/author-page";
import { FrontPage } from "../pages/front-page";
import { article, author, commenterName, demoSections, oneLine, shown } from "../support/demo-content";

/** The demo newsroom's sections and the one the test fixtures add (e2e/fixtures/fixture-data.ts). */
const SECTION_COUNT = demoSections.length + 1;

const eu = article("eu-training-run-disclosure-draft");

/** The last paragraph of a Markdown body, as plain text. */
function lastParagraph(markdown: string): string {
  const paragraphs = markdown.split(/\n\s*\n/).filter((p) => !/^\s*(#|!\[|>|-|```)/.test(p));
  return shown((paragraphs.at(-1) ?? "").replace(/\[([^\]]+)\]\([^)]+\)/g, "$1"));
}

test.describe("with JavaScript switched off", () => {
  test.use({ javaScriptEnabled: false });

  test("reader sees the front page with its stories, sections and footer", async ({ page }) => {
    const front = new FrontPage(page);
    const response = await front.goto();
    expect(response?.status()).toBe(200);

    await expect(front.sectionLinks).toHaveCount(SECTION_COUNT);
    await expect(front.leadHeadlineLink).toBeVisible();
    await expect(front.latest.getByRole("link").first()).toBeVisible();
    expect(await front.storyHeadlineLinks.count()).toBeGreaterThan(5);
    await expect(front.footer).toBeVisible();
    await expect(front.footerNav.getByRole("link", { name: "Front page" })).toHaveAttribute("href", "/");
  });

  test("reader sees the whole story, its byline, comments and footer", async ({ page }) => {
    const story = new ArticlePage(page);
    await story.goto(eu.slug);

    await expect(story.headline).toHaveText(shown(eu.title));
    const lastWords = lastParagraph(eu.body);
    expect(lastWords.length).toBeGreaterThan(20);
    await expect(story.body).toContainText(lastWords);
    await expect(story.body.getByRole("heading", { level: 2 })).not.toHaveCount(0);
    await expect(story.body.getByRole("heading", { name: "What happens next" })).toBeVisible();

    for (const slug of eu.authors) {
      await expect(story.bylineLinks.filter({ hasText: author(slug).name })).toHaveAttribute("href", `/authors/${slug}`);
    }

    const first = eu.comments?.[0];
    if (!first) throw new Error(`${eu.slug} has no comments in the demo content`);
    await expect(story.comment(oneLine(first.text))).toBeVisible();
    await expect(story.comment(oneLine(first.text))).toContainText(commenterName(first.by));
    await expect(story.commentReplies.first()).toBeVisible();

    await expect(story.footer).toBeVisible();
    // The front page, every section, and the corrections page.
    await expect(story.footerNav.getByRole("link")).toHaveCount(1 + SECTION_COUNT + 1);
    await expect(story.footerNav.getByRole("link", { name: "Corrections" })).toHaveAttribute("href", "/corrections");
  });

  test("reader gets from the front page to a story and on to its author by plain links", async ({ page }) => {
    const front = new FrontPage(page);
    await front.goto();
    const headline = oneLine((await front.leadHeadlineLink.textContent()) ?? "");
    const href = (await front.leadHeadlineLink.getAttribute("href")) ?? "";

    await front.leadHeadlineLink.click();
    await expect(page).toHaveURL(href);
    const story = new ArticlePage(page);
    await expect(story.headline).toHaveText(headline);

    const writer = story.bylineLinks.first();
    const name = oneLine((await writer.textContent()) ?? "");
    await writer.click();
    const profile = new AuthorPage(page);
    await expect(profile.name).toHaveText(name);
    await expect(profile.articles.getByRole("link", { name: headline, exact: true })).toBeVisible();

    await profile.sectionNav.getByRole("link", { name: "Security" }).click();
    await expect(page).toHaveURL("/sections/security");
    await expect(profile.heading).toHaveText("Security");
  });
});
