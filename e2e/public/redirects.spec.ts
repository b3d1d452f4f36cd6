import { test, expect } from "@playwright/test";
import { ArticlePage } from "../pages/article-page";
import { demoArticles, shown } from "../support/demo-content";

const renamed = demoArticles.flatMap((a) => (a.oldSlugs ?? []).map((oldSlug) => ({ oldSlug, article: a })));

test("the demo content has the renamed stories these tests rely on", () => {
  expect(renamed.map((r) => [r.oldSlug, r.article.slug])).toEqual(
    expect.arrayContaining([
      ["benchmark-leak-audit", "benchmark-contamination-audit"],
      ["plugin-backdoor-found-in-build-tool", "supply-chain-backdoor-in-build-plugin"],
    ]),
  );
});

for (const { oldSlug, article } of renamed) {
  test(`reader following an old link to "${oldSlug}" is sent permanently to "${article.slug}"`, async ({ page, request, baseURL }) => {
    const response = await request.get(`/articles/${oldSlug}`, { maxRedirects: 0 });
    expect([301, 308]).toContain(response.status());
    const location = response.headers()["location"] ?? "";
    expect(new URL(location, baseURL).pathname).toBe(`/articles/${article.slug}`);
    expect(new URL(location, baseURL).origin).toBe(new URL(baseURL ?? "").origin);

    const story = new ArticlePage(page);
    const landed = await page.goto(`/articles/${oldSlug}`);
    expect(landed?.status()).toBe(200);
    await expect(page).toHaveURL(`/articles/${article.slug}`);
    await expect(story.headline).toHaveText(shown(article.title));
  });
}
