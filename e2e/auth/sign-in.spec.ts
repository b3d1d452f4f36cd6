import { test, expect } from "../fixtures/auth";
import { newAddress } from "../fixtures/accounts";
import { quietStories } from "../fixtures/comment-stories";
import { SIGN_IN_SUBJECT, expectNoNewMail, mailCount, waitForNewMail } from "../fixtures/mail";
import { ArticleCommentsPage } from "../pages/article-comments-page";
import { SignInPage } from "../pages/sign-in-page";
import { SiteHeader } from "../pages/site-header";
import { linkIn } from "../support/mail-client";

const callbackPrefix = (baseURL: string | undefined) => `${baseURL}/api/auth/callback/email`;

test("visitor follows an article's \"Sign in to comment\" link, signs in by the emailed link and is back at the story's comments, signed in", async ({ page, baseURL }, testInfo) => {
  const visitor = newAddress(testInfo, "visitor");
  const slug = quietStories.signInReturn;
  const story = new ArticleCommentsPage(page);
  await story.goto(slug);
  await expect(story.signInToComment).toHaveAttribute("href", `/signin?callbackUrl=${encodeURIComponent(`/articles/${slug}/discussion`)}`);

  await story.signInToComment.click();
  const signIn = new SignInPage(page);
  await expect(signIn.emailInput).toBeVisible();
  await expect(signIn.callbackField).toHaveValue(`/articles/${slug}/discussion`);
  await signIn.requestLink(visitor.email);

  await expect(page).toHaveURL(/\/signin\/check-email\?/);
  await expect(signIn.checkEmailHeading).toBeVisible();
  await expect(signIn.checkEmailStatus).toContainText(visitor.email);

  const mail = await waitForNewMail(visitor.email, 0);
  expect(mail.subject).toBe(SIGN_IN_SUBJECT);
  const link = linkIn(mail, callbackPrefix(baseURL));
  expect(new URL(link).searchParams.get("callbackUrl")).toBe(`${baseURL}/articles/${slug}/discussion`);

  await page.goto(link);
  await expect(page).toHaveURL(new RegExp(`/articles/${slug}/discussion$`));
  // A new address is a new reader, named after the part of the address before the @.
  const header = new SiteHeader(page);
  await expect(header.accountLinkFor(visitor.name)).toHaveText(visitor.name);
  await expect(header.accountLinkFor(visitor.name)).toHaveAttribute("href", "/account");
  await expect(header.signInLink).toHaveCount(0);
  await expect(story.commentBox).toBeVisible();
  await expect(story.signInToComment).toHaveCount(0);
});

test("visitor who types an invalid email address is told so and keeps what they typed", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.requestLink("ines.harrow@");

  await expect(signIn.formError).toHaveText("Please correct the highlighted fields.");
  await expect(signIn.emailError).toHaveText("Please enter a valid email address, like name@example.com.");
  await expect(signIn.emailInput).toHaveValue("ines.harrow@");
  await expect(signIn.emailInput).toHaveAttribute("aria-invalid", "true");
  await expect(signIn.emailInput).toHaveAccessibleDescription(/valid email address/);
  await expect(signIn.checkEmailHeading).toHaveCount(0);
});

test("visitor who opens a sign-in link a second time is told it has expired or has already been used", async ({ page, visitorPage, baseURL }, testInfo) => {
  const visitor = newAddress(testInfo, "twice");
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.requestLink(visitor.email);
  await expect(signIn.checkEmailHeading).toBeVisible();
  const link = linkIn(await waitForNewMail(visitor.email, 0), callbackPrefix(baseURL));
  await page.goto(link);
  await expect(new SiteHeader(page).accountLinkFor(visitor.name)).toBeVisible();

  // The same link again, as someone who got hold of it later, in another browser: asked first, then refused.
  const later = await visitorPage();
  await later.goto(link);
  const refused = new SignInPage(later);
  await refused.confirmButton(visitor.email).click();
  await expect(later).toHaveURL(/\/signin\/error\?error=Verification$/);
  await expect(refused.errorHeading).toBeVisible();
  await expect(refused.errorMessage).toContainText("expired or has already been used");
  await expect(new SiteHeader(later).signInLink).toBeVisible();
});

test("visitor who asks for a fourth link to the same address within ten minutes is refused with a clear message", async ({ page }, testInfo) => {
  const visitor = newAddress(testInfo, "fourth");
  const signIn = new SignInPage(page);
  for (let i = 1; i <= 3; i++) {
    await signIn.goto();
    await signIn.requestLink(visitor.email);
    await expect(signIn.checkEmailHeading, `link ${i} is sent`).toBeVisible();
  }
  await expect.poll(() => mailCount(visitor.email)).toBe(3);

  await signIn.goto();
  await signIn.requestLink(visitor.email);
  await expect(signIn.formError).toHaveText(
    "We have just sent a link to that address. Please check your inbox, or try again in a few minutes.",
  );
  await expect(signIn.emailInput).toHaveValue(visitor.email);
  await expect(page).toHaveURL(/\/signin$/);
  await expectNoNewMail(visitor.email, 3, 1_000);

  // The limit is on the address: another address from the same connection still gets its link.
  const other = newAddress(testInfo, "fourth-other");
  await signIn.requestLink(other.email);
  await expect(signIn.checkEmailHeading).toBeVisible();
  await waitForNewMail(other.email, 0);
});

test("visitor cannot get around the limit through next-auth's own email endpoint", async ({ page, baseURL }, testInfo) => {
  const visitor = newAddress(testInfo, "bypass");
  // From a page of the site (its own Origin) the endpoint is closed: back to our sign-in form.
  const sameSite = await page.request.post("/api/auth/signin/email", { form: { email: visitor.email }, headers: { Origin: baseURL ?? "" }, maxRedirects: 0 });
  expect(sameSite.status()).toBe(303);
  expect(new URL(sameSite.headers()["location"] ?? "", "http://x").pathname).toBe("/signin");
  // Without an Origin (not from a browser page) it is refused outright.
  const noOrigin = await page.request.post("/api/auth/signin/email", { form: { email: visitor.email }, maxRedirects: 0 });
  expect(noOrigin.status()).toBe(403);
  await expectNoNewMail(visitor.email, 0, 1_000);
});

test.describe("with JavaScript switched off", () => {
  test.use({ javaScriptEnabled: false });

  test("visitor asks for a link with the plain form and signs in with it", async ({ page, baseURL }, testInfo) => {
    const visitor = newAddress(testInfo, "nojs");
    const slug = quietStories.signInWithoutScript;
    const signIn = new SignInPage(page);
    await signIn.goto(`/articles/${slug}`);
    await signIn.requestLink(visitor.email);

    await expect(page).toHaveURL(/\/signin\/check-email\?/);
    await expect(signIn.checkEmailStatus).toContainText(visitor.email);
    const link = linkIn(await waitForNewMail(visitor.email, 0), callbackPrefix(baseURL));
    await page.goto(link);
    await expect(page).toHaveURL(new RegExp(`/articles/${slug}$`));
    // The story is a cached page, the same for everyone; pages about the reader know them.
    await page.goto("/account");
    await expect(new SiteHeader(page).accountLinkFor(visitor.name)).toHaveText(visitor.name);
  });

  test("visitor who types an invalid email address into the plain form is told so and keeps it", async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.requestLink("not an address");

    await expect(signIn.formError).toHaveText("Please correct the highlighted fields.");
    await expect(signIn.emailError).toHaveText("Please enter a valid email address, like name@example.com.");
    await expect(signIn.emailInput).toHaveValue("not an address");
  });
});
