/**
 * A signed-in reader whose browser runs no JavaScript. Cached pages are the same for everyone, so
 * their header says "Sign in"; the pages drawn per request name the reader, and signing in again
 * is never asked of someone who already is.
 */
import { test, expect } from "../fixtures/auth";
import { demoReader } from "../fixtures/accounts";
import { ArticleCommentsPage } from "../pages/article-comments-page";
import { SiteHeader } from "../pages/site-header";
import { SitePage } from "../pages/site-page";
import { article } from "../support/demo-content";

const story = article("compact-reasoning-model-northwind");
const reader = demoReader("nadia");

test("signed-in reader without JavaScript is named in the header of the discussion and search pages", async ({ pageAs }) => {
  const page = await pageAs(reader, { javaScriptEnabled: false });
  const header = new SiteHeader(page);
  const comments = new ArticleCommentsPage(page);

  await comments.gotoDiscussion(story.slug);
  await expect(comments.commentBox).toBeVisible();
  await expect(header.accountLinkFor(reader.name)).toBeVisible();
  await expect(header.signInLink).toHaveCount(0);

  await new SitePage(page).open("/search?q=model");
  await expect(header.accountLinkFor(reader.name)).toBeVisible();
  await expect(header.signInLink).toHaveCount(0);
});

test("signed-in reader without JavaScript follows \"Sign in to comment\" straight to the discussion's comment form", async ({ pageAs }) => {
  const page = await pageAs(reader, { javaScriptEnabled: false });
  const comments = new ArticleCommentsPage(page);
  await comments.goto(story.slug);
  await comments.signInToComment.click();
  await expect(page).toHaveURL(`/articles/${story.slug}/discussion`);
  await expect(comments.commentBox).toBeVisible();
  await expect(page.getByRole("link", { name: "Continue", exact: true })).toHaveCount(0);
});

test("signed-in reader without JavaScript follows the cached page's \"Sign in\" to their account", async ({ pageAs }) => {
  const page = await pageAs(reader, { javaScriptEnabled: false });
  const header = new SiteHeader(page);
  await new ArticleCommentsPage(page).goto(story.slug);
  await header.signInLink.click();
  await expect(page).toHaveURL("/account");
  await expect(header.accountLinkFor(reader.name)).toBeVisible();
});

test("visitor still gets the sign-in form from both links", async ({ page }) => {
  const comments = new ArticleCommentsPage(page);
  await comments.goto(story.slug);
  await comments.signInToComment.click();
  await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent(`/articles/${story.slug}/discussion`)}`);
  await expect(page.getByLabel("Email address")).toBeVisible();
  await comments.goto(story.slug);
  await new SiteHeader(page).signInLink.click();
  await expect(page).toHaveURL("/signin");
  await expect(page.getByLabel("Email address")).toBeVisible();
});
