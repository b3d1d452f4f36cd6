/**
 * The signed-in hint (lib/auth/session-hint.ts): cached pages ask /api/viewer who is looking only
 * when someone may be signed in, and the header and the comments share that one request.
 */
import type { BrowserContext, Page } from "@playwright/test";
import { test, expect } from "../fixtures/auth";
import { demoReader } from "../fixtures/accounts";
import { AccountPage } from "../pages/account-page";
import { ArticleCommentsPage } from "../pages/article-comments-page";
import { SignInPage } from "../pages/sign-in-page";
import { SiteHeader } from "../pages/site-header";
import { untilHydrated } from "../pages/hydration";
import { article } from "../support/demo-content";

const HINT = "masthead-signed-in";
const story = article("compact-reasoning-model-northwind");

/** Counts the page's requests to /api/viewer from now on. */
function countViewerRequests(page: Page): () => number {
  let count = 0;
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === "/api/viewer") count++;
  });
  return () => count;
}

/** Opens the story and waits until its scripts have run and the browser has been idle. */
async function openStory(page: Page): Promise<ArticleCommentsPage> {
  const comments = new ArticleCommentsPage(page);
  await comments.goto(story.slug);
  await untilHydrated(new SiteHeader(page).banner.getByRole("link").first());
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 200))));
  return comments;
}

const hintOf = async (context: BrowserContext) => (await context.cookies()).find((c) => c.name === HINT);

test("visitor's story page and front page ask nobody who is looking", async ({ page }) => {
  const viewerRequests = countViewerRequests(page);
  const comments = await openStory(page);
  await expect(comments.signInToComment).toBeVisible();
  await page.goto("/");
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 200))));
  expect(viewerRequests(), "no /api/viewer request without the signed-in hint").toBe(0);
});

test("signed-in reader's story page asks once and shows their name and the comment form", async ({ pageAs }) => {
  const reader = demoReader("quill");
  const page = await pageAs(reader);
  expect((await hintOf(page.context()))?.httpOnly, "the hint came with the sign-in and scripts can read it").toBe(false);
  const viewerRequests = countViewerRequests(page);
  const comments = await openStory(page);
  await expect(new SiteHeader(page).accountLinkFor(reader.name)).toBeVisible();
  await expect(comments.commentBox).toBeVisible();
  expect(viewerRequests(), "the header and the comments share one request").toBe(1);
});

test("reader whose browser has no hint (signed in before it existed) is recognised again after opening the sign-in page", async ({ newReader }) => {
  const { page, account } = await newReader("nohint");
  await page.context().clearCookies({ name: HINT });
  const header = new SiteHeader(page);
  await openStory(page);
  await expect(header.signInLink).toBeVisible();

  // The "Sign in" link leads on to the reader's account, drawn for them, which restores the hint.
  const signIn = new SignInPage(page);
  await signIn.goto();
  await expect(page).toHaveURL("/account");
  await expect(header.accountLinkFor(account.name)).toBeVisible();
  await expect.poll(async () => (await hintOf(page.context()))?.value).toBe("1");
  // The request that restored it has ended (one left unread would hold the page's network open).
  await page.waitForLoadState("networkidle", { timeout: 10_000 });

  const comments = await openStory(page);
  await expect(header.accountLinkFor(account.name)).toBeVisible();
  await expect(comments.commentBox).toBeVisible();
});

test("reader signs out: the hint goes with the session and the story asks nobody again", async ({ newReader }) => {
  const { page } = await newReader("hintout");
  expect(await hintOf(page.context())).toBeDefined();
  const settings = new AccountPage(page);
  await settings.goto();
  await settings.signOutButton.click();
  await expect(page).toHaveURL("/");
  expect(await hintOf(page.context()), "signing out clears the hint").toBeUndefined();

  const viewerRequests = countViewerRequests(page);
  await openStory(page);
  expect(viewerRequests()).toBe(0);
});

test("a hint no session stands behind costs one request, which clears it", async ({ page, baseURL }) => {
  await page.context().addCookies([{ name: HINT, value: "1", url: baseURL ?? "" }]);
  const viewerRequests = countViewerRequests(page);
  const comments = await openStory(page);
  await expect(comments.signInToComment).toBeVisible();
  await expect(new SiteHeader(page).signInLink).toBeVisible();
  expect(viewerRequests()).toBe(1);
  await expect.poll(async () => hintOf(page.context())).toBeUndefined();

  await openStory(page);
  expect(viewerRequests(), "no further request once the hint is gone").toBe(1);
});
