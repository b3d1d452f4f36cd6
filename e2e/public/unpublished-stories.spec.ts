import { test, expect } from "@playwright/test";
import { SitePage } from "../pages/site-page";
import { demoAuthors, demoSections, oneLine, publishedArticles, tagPath, tagSlug, unpublishedArticles } from "../support/demo-content";

const hidden = unpublishedArticles.map((a) => ({ slug: a.slug, status: a.status, title: oneLine(a.title) }));

const pageGroups: { name: string; pages: string[] }[] = [
  { name: "the front page and the section pages", pages: ["/", ...demoSections.map((s) => `/sections/${s.slug}`)] },
  { name: "the author pages", pages: demoAuthors.map((w) => `/authors/${w.slug}`) },
  // The tags that unpublished stories carry.
  { name: "the tag pages", pages: [...new Set(unpublishedArticles.flatMap((a) => a.tags))].map((t) => tagPath(tagSlug(t))) },
];

test("the demo content has drafts, stories in review and scheduled stories to hide", () => {
  expect(new Set(hidden.map((h) => h.status))).toEqual(new Set(["DRAFT", "IN_REVIEW", "SCHEDULED"]));
  for (const h of hidden) expect(publishedArticles.map((a) => a.slug)).not.toContain(h.slug);
});

test.describe("no unpublished story leaks", () => {
  // The server's HTML, including the data React would hydrate from, is checked directly below.
  test.use({ javaScriptEnabled: false });

  for (const { name, pages } of pageGroups) {
    test(`reader finds no link to a draft, in-review or scheduled story on ${name}`, async ({ page }) => {
      const site = new SitePage(page);
      for (const path of pages) {
        await test.step(path, async () => {
          const response = await site.open(path, "domcontentloaded");
          expect(response?.status()).toBe(200);
          await expect(site.sectionNav).toBeVisible();

          const hrefs = await site.linkHrefs();
          expect(hrefs.filter((href) => href.startsWith("/articles/")).length).toBeGreaterThan(0);
          expect(hrefs.filter((href) => hidden.some((h) => href.includes(`/articles/${h.slug}`)))).toEqual([]);
          for (const h of hidden) await expect(page.getByText(h.title)).toHaveCount(0);

          // Nor anywhere in the HTML, including the flight data React hydrates from.
          const html = (await response?.text()) ?? "";
          for (const h of hidden) {
            expect(html, `${h.status} ${h.slug}`).not.toContain(h.slug);
            expect(html, `${h.status} ${h.slug}`).not.toContain(h.title);
          }
        });
      }
    });
  }
});
