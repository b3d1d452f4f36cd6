import { test, expect } from "@playwright/test";
import { ArticlePage } from "../pages/article-page";
import { FrontPage } from "../pages/front-page";
import { article, firstPublished, shown } from "../support/demo-content";

/** Stories whose bodies are most likely to push a narrow page sideways. */
const stories = [
  article("eu-training-run-disclosure-draft"),
  firstPublished("has a table", (a) => /^\|.+\|$/m.test(a.body)),
  firstPublished("has a code block", (a) => a.body.includes("```")),
];

test.describe("on a 360px wide phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  for (const story of stories) {
    test(`reader can read "${story.slug}" without scrolling sideways`, async ({ page }) => {
      const view = new ArticlePage(page);
      await view.goto(story.slug);
      await expect(view.headline).toHaveText(shown(story.title));
      await expect(view.comments).toBeAttached();

      const { scrollWidth, clientWidth } = await view.horizontalExtent();
      expect(clientWidth).toBe(360);
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    });
  }

  test("reader can read the front page without scrolling sideways", async ({ page }) => {
    const front = new FrontPage(page);
    await front.goto();
    await expect(front.leadHeadlineLink).toBeVisible();
    const { scrollWidth, clientWidth } = await front.horizontalExtent();
    expect(clientWidth).toBe(360);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });
});
