import { test, expect, type APIRequestContext } from "@playwright/test";
import { SitePage } from "../pages/site-page";
import { oneLine, unpublishedWithStatus, type SeedArticle } from "../support/demo-content";

const unpublished: { status: string; article: SeedArticle }[] = (["DRAFT", "IN_REVIEW", "SCHEDULED"] as const).flatMap((status) =>
  unpublishedWithStatus(status).map((article) => ({ status, article })),
);

/** Opens `path` as a reader and as a plain HTTP client: both must get a real 404 and the not-found page. */
async function expectNotFound(site: SitePage, request: APIRequestContext, path: string, hiddenTitle?: string) {
  const response = await site.open(path, "domcontentloaded");
  expect(response?.status(), path).toBe(404);
  await expect(site.notFoundHeading).toBeVisible();
  await expect(site.sectionNav).toBeVisible();

  const direct = await request.get(path, { maxRedirects: 0 });
  expect(direct.status(), path).toBe(404);
  expect(await direct.text()).toContain("Page not found");

  if (hiddenTitle) {
    await expect(site.page.getByText(hiddenTitle)).toHaveCount(0);
    // Nothing of the unpublished story is sent, not even inside the page's data.
    expect(await direct.text()).not.toContain(hiddenTitle);
    expect(await response?.text()).not.toContain(hiddenTitle);
  }
}

test("reader opening an unknown or malformed article address gets a 404 page", async ({ page, request }) => {
  const site = new SitePage(page);
  for (const path of ["/articles/no-such-story-anywhere", "/articles/Not_A_Slug"]) {
    await test.step(path, () => expectNotFound(site, request, path));
  }
});

test("reader opening a draft, an article in review or a scheduled article gets a 404 page", async ({ page, request }) => {
  const site = new SitePage(page);
  expect(unpublished.length).toBeGreaterThanOrEqual(3);
  for (const { status, article } of unpublished) {
    await test.step(`${status} ${article.slug}`, () => expectNotFound(site, request, `/articles/${article.slug}`, oneLine(article.title)));
  }
});

test("reader opening an unknown author, section or tag gets a 404 page", async ({ page, request }) => {
  const site = new SitePage(page);
  for (const path of ["/authors/no-such-writer", "/sections/no-such-section", "/tags/no-such-tag"]) {
    await test.step(path, () => expectNotFound(site, request, path));
  }
});

test.describe("with JavaScript switched off", () => {
  test.use({ javaScriptEnabled: false });

  test("reader opening a missing page sees the site's header, the not-found message, search and footer", async ({ page }) => {
    const site = new SitePage(page);
    for (const path of [
      "/no/such/page",
      "/articles/nope",
      "/authors/no-such-writer",
      "/sections/no-such-section",
      "/tags/no-such-tag",
      "/sections/no-such-section/page/2",
      "/?p=999999",
    ]) {
      await test.step(path, async () => {
        const response = await site.open(path, "domcontentloaded");
        expect(response?.status(), path).toBe(404);
        await expect(site.notFoundHeading).toBeVisible();
        await expect(site.sectionNav).toBeVisible();
        await expect(site.main.getByRole("link", { name: "Go to the front page" })).toHaveAttribute("href", "/");
        await expect(page.getByRole("search").getByRole("searchbox")).toBeVisible();
        await expect(site.footer).toBeVisible();
        await expect(site.footerNav.getByRole("link", { name: "Front page" })).toHaveAttribute("href", "/");
      });
    }
  });
});
