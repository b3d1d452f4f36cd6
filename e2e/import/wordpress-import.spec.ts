import { signInByEmailLink, test, expect } from "../fixtures/auth";
import { ArticlePage } from "../pages/article-page";
import { cachedResponse, PUBLIC_CACHE_CONTROL } from "../support/cache-probes";
import { shown } from "../support/demo-content";
import { PUBLISHED_POSTS, SEED_SLUG as SEED, UNPUBLISHED_POSTS } from "./baltic-tech-desk";
import { DESK_EDITOR, expectInAdminNotPublic, expectPermanentRedirect, expectPublishedPost, expectReadsAsSource } from "./import-desk";

/**
 * The Baltic Tech Desk WordPress export (test/fixtures/imports), imported into an empty newsroom
 * by scripts/e2e-import-server.sh, as a reader, a commenter and the desk's editor meet it.
 */

for (const post of PUBLISHED_POSTS) {
  test(`a reader finds "${post.title}" at its new address with its byline, section, tags and hero image`, async ({ page }) => {
    await expectPublishedPost(page, post, "wordpress");
  });
}

for (const slug of [SEED, "eu-chips-act-money-reaches-the-packaging-plants", "why-small-language-models-are-winning-at-the-edge"]) {
  test(`${slug} reads as it did on WordPress: the same paragraphs, headings and links`, async ({ page }) => {
    await expectReadsAsSource(page, slug, "wordpress");
  });
}

test("a reader finds the seed article at its new address, reading as it did on WordPress", async ({ page }) => {
  const story = new ArticlePage(page);
  const response = await story.goto(SEED);
  expect(response?.status()).toBe(200);
  await expect(story.headline).toHaveText(shown("Meta's Hybrid AI Open-Source Strategy Revealed"));
  await expect(story.body.locator(":scope > p")).toHaveCount(10);
  await expect(story.body).toContainText(shown('Meta can "be a force for democratizing access to the latest AI technology"'));
  await expect(story.body).toContainText("WhatsApp, Facebook, and Instagram—free services with global scale");
  await expect(story.byline.getByRole("link", { name: "Artūras Malašauskas" })).toHaveAttribute("href", "/authors/arturas-malasauskas");
  await expect(story.authorBox("Artūras Malašauskas")).toBeVisible();
  await expect(story.sectionLink).toHaveText("AI Models");
  await expect(story.sectionLink).toHaveAttribute("href", "/sections/ai-models");
  await expect(story.tagLinks).toHaveText(["Meta", "Open source"]);
  await expect(story.heroImage).toHaveAttribute("alt", "Abstract illustration of interlocking open and closed network nodes");
  await expect(story.heroCaption).toContainText("Meta plans to open most of its next models while keeping the largest ones closed.");
  await expect(story.heroWebpSource).toHaveAttribute("srcset", /\/media\/m-[0-9a-f]+\/320\.webp 320w/);
});

test("a reader sees the WordPress comment thread under the story, and nothing that waited for moderation", async ({ page }) => {
  const story = new ArticlePage(page);
  await story.goto(SEED);
  await expect(story.comments).toHaveAccessibleName(/^3 comments$/);
  await expect(story.commentThreads).toHaveCount(1);
  await expect(story.comment("Keeping the largest models closed")).toContainText("Lukas Berg");
  await expect(story.commentReplies.locator("article.comment")).toHaveCount(2);
  await expect(story.commentReplies).toContainText("Sofia Lindqvist");
  await expect(story.commentReplies).toContainText("Dainius Jankauskas");
  await expect(story.comments).not.toContainText("Mark Olsen");
});

test("headings, lists, tables, quotations, captions and links read as they did", async ({ page }) => {
  const story = new ArticlePage(page);
  await story.goto("eu-chips-act-money-reaches-the-packaging-plants");
  await expect(story.body.getByRole("heading", { level: 2, name: "Where the money goes" })).toBeVisible();
  await expect(story.body.getByRole("heading", { level: 3, name: "What the companies must do in return" })).toBeVisible();
  await expect(story.body.locator("ul > li")).toHaveCount(3);
  await expect(story.body.locator("ol > li")).toHaveCount(3);
  await expect(story.body.locator("strong")).toHaveText("A wafer without a package cannot go into a product");

  await story.goto("five-laptop-npus-one-local-model-the-benchmark-table");
  await expect(story.body.getByRole("table")).toContainText("Model E, 15-inch");
  await expect(story.body.getByRole("columnheader")).toHaveCount(5);

  await story.goto("inside-a-data-centre-cooled-by-the-baltic-sea");
  await expect(story.body.locator("figure figcaption")).toHaveText("Seawater enters the heat exchangers at about 6 °C for most of the year.");
  await expect(story.body.locator("figure img")).toHaveAttribute("alt", "Blue pipes of a seawater heat exchanger in a plant room");

  await story.goto("why-small-language-models-are-winning-at-the-edge");
  await expect(story.body.locator("blockquote")).toContainText("— Mira Kallas, head of embedded software");
  await story.body.getByRole("link", { name: shown("our report on Meta's hybrid strategy") }).click();
  await expect(page).toHaveURL(`/articles/${SEED}`);
});

test("a commenter signs in with the address their WordPress comment gave and finds it theirs", async ({ visitorPage }) => {
  // Signs Lukas Berg in by the emailed link first.
  test.slow();
  const page = await visitorPage();
  await signInByEmailLink(page, "lukas.berg@example.com");
  const story = new ArticlePage(page);
  await story.goto(SEED);
  await expect(story.comment("Keeping the largest models closed").getByRole("button", { name: "Delete" })).toBeVisible();
  // Sofia Lindqvist's reply is not his.
  await expect(story.commentReplies.locator("article.comment").first()).toContainText("Sofia Lindqvist");
  await expect(story.commentReplies.getByRole("button", { name: "Delete" })).toHaveCount(0);
});

test("the draft, the story in review and the scheduled story are in the admin with their status", async ({ pageAs, request }) => {
  // Signs the desk's editor in by the emailed link first.
  test.slow();
  await expectInAdminNotPublic(await pageAs(DESK_EDITOR), request, [
    { ...UNPUBLISHED_POSTS.draft, status: "draft" },
    { ...UNPUBLISHED_POSTS.inReview, status: "in review" },
    { ...UNPUBLISHED_POSTS.scheduled, status: "scheduled" },
  ]);
});

test("drafts, stories in review and scheduled stories are not public, at their new or their old address", async ({ request }) => {
  for (const path of [
    "/articles/what-the-ai-acts-transparency-rules-mean-for-newsrooms",
    "/articles/reader-question-can-a-five-year-old-laptop-run-a-local-model",
    "/articles/preview-the-chip-roadmaps-to-watch-in-2027",
    "/?p=35",
    "/?p=37",
    "/2027/01/preview-the-chip-roadmaps-to-watch-in-2027",
    // The page was not imported (Masthead has no route for pages): its old addresses lead nowhere.
    "/about",
    "/?page_id=44",
    "/?p=44",
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
  }
});

for (const post of PUBLISHED_POSTS) {
  test(`the old WordPress links of "${post.title}" (permalink, ?p=${post.wordpress.id}) answer permanent redirects`, async ({ request, baseURL }) => {
    await expectPermanentRedirect(request, baseURL, post.wordpress.permalink, `/articles/${post.slug}`);
    await expectPermanentRedirect(request, baseURL, `/?p=${post.wordpress.id}`, `/articles/${post.slug}`);
  });
}

const OLD_ADDRESSES: [string, string][] = [
  ["/2026/11/20/metas-hybrid-ai-open-source-strategy-revealed", `/articles/${SEED}`],
  [`/${SEED}`, `/articles/${SEED}`],
  ["/2026/11/open-source-licences-explained", "/articles/open-weight-licences-explained"],
  ["/category/ai-models", "/sections/ai-models"],
  ["/tag/open-source", "/tags/open-source"],
  ["/author/elena-marsh", "/authors/elena-marsh"],
  // The same archives as WordPress answered them without pretty permalinks.
  ["/?cat=2", "/sections/ai-models"],
  ["/?tag=open-source", "/tags/open-source"],
  ["/?author=2", "/authors/elena-marsh"],
  ["/?author=1&paged=2", "/authors/arturas-malasauskas"],
];

for (const [old, now] of OLD_ADDRESSES) {
  test(`an old WordPress link to ${old} answers a permanent redirect to ${now}`, async ({ request, baseURL }) => {
    await expectPermanentRedirect(request, baseURL, old, now);
  });
}

test("the front page stays a cached page, with any query that is not one of WordPress's", async ({ request }) => {
  for (const path of ["/", "/?utm_source=newsletter"]) {
    const front = await cachedResponse(request, path);
    expect(front.headers()["cache-control"], path).toBe(PUBLIC_CACHE_CONTROL);
    expect(await front.text(), path).toContain("Hybrid AI Open-Source Strategy Revealed");
  }
});
