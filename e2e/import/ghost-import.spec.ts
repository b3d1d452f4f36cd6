import { test, expect } from "../fixtures/auth";
import { shown } from "../support/demo-content";
import { PUBLISHED_POSTS, SEED_SLUG, UNPUBLISHED_POSTS } from "./baltic-tech-desk";
import { DESK_EDITOR, expectInAdminNotPublic, expectPermanentRedirect, expectPublishedPost, expectReadsAsSource } from "./import-desk";

/**
 * The Baltic Tech Desk Ghost export (test/fixtures/imports), imported into an empty newsroom by
 * scripts/e2e-import-server.sh, as a reader and the desk's editor meet it.
 */

for (const post of PUBLISHED_POSTS) {
  test(`a reader finds "${post.title}" at its new address with its bylines, section, tags and hero image`, async ({ page }) => {
    await expectPublishedPost(page, post, "ghost");
  });
}

for (const slug of [SEED_SLUG, "eu-chips-act-money-reaches-the-packaging-plants", "why-small-language-models-are-winning-at-the-edge"]) {
  test(`${slug} reads as it did on Ghost: the same paragraphs, headings and links`, async ({ page }) => {
    await expectReadsAsSource(page, slug, "ghost");
  });
}

test("the link between two imported stories leads to the new address", async ({ page }) => {
  await page.goto("/articles/why-small-language-models-are-winning-at-the-edge");
  await page.getByRole("main").getByRole("link", { name: shown("our report on Meta's hybrid strategy") }).click();
  await expect(page).toHaveURL(`/articles/${SEED_SLUG}`);
});

test("the draft and the scheduled story are in the admin, and not public at their new or old address", async ({ pageAs, request }) => {
  // Signs the desk's editor in by the emailed link first.
  test.slow();
  const editor = await pageAs(DESK_EDITOR);
  await expectInAdminNotPublic(editor, request, [
    { ...UNPUBLISHED_POSTS.draft, status: "draft" },
    { ...UNPUBLISHED_POSTS.scheduled, status: "scheduled" },
  ]);
  for (const old of [`/${UNPUBLISHED_POSTS.scheduled.slug}`, `/${UNPUBLISHED_POSTS.draft.slug}`, "/about"]) {
    expect((await request.get(old, { maxRedirects: 0 })).status(), old).toBe(404);
  }
});

const OLD_ADDRESSES: [string, string][] = [
  ...PUBLISHED_POSTS.map((p): [string, string] => [`/${p.slug}`, `/articles/${p.slug}`]),
  // The rename kept in Ghost's redirects.yaml.
  ["/open-source-licences-explained", "/articles/open-weight-licences-explained"],
  ["/tag/ai-models", "/sections/ai-models"],
  ["/tag/open-source", "/tags/open-source"],
  ["/tag/lietuva", "/tags/lietuva"],
  ["/author/arturas-malasauskas", "/authors/arturas-malasauskas"],
  ["/author/elena-marsh", "/authors/elena-marsh"],
];

for (const [old, now] of OLD_ADDRESSES) {
  test(`an old Ghost link to ${old} answers a permanent redirect to ${now}`, async ({ request, baseURL }) => {
    await expectPermanentRedirect(request, baseURL, old, now);
  });
}
