import { test, expect, signInByEmailLink } from "../fixtures/auth";
import { demoReader } from "../fixtures/accounts";
import { quietStories } from "../fixtures/comment-stories";
import { AccountPage } from "../pages/account-page";
import { ArticleCommentsPage } from "../pages/article-comments-page";
import { SignInPage } from "../pages/sign-in-page";
import { SiteHeader } from "../pages/site-header";

test("reader changes their display name and their next comment carries it", async ({ newReader }) => {
  const { page, account } = await newReader("rename");
  const settings = new AccountPage(page);
  await settings.goto();
  await expect(settings.signedInAs).toContainText(account.email);
  await expect(settings.nameInput).toHaveValue(account.name);

  const name = `Ada Quinlan ${account.name.slice(-4)}`;
  await settings.saveName(name);
  await expect(settings.profileSaved).toHaveText("Your profile was saved.");
  await settings.goto();
  await expect(settings.nameInput).toHaveValue(name);
  await expect(new SiteHeader(page).accountLinkFor(name)).toHaveText(name);

  const story = new ArticleCommentsPage(page);
  await story.goto(quietStories.renamed);
  const text = `Posted under my new name (${account.name}).`;
  await story.post(text);
  // A new reader's first comment waits for a moderator; its author sees it on the page.
  await expect(story.posted).toContainText("waiting for a moderator");
  await story.goto(quietStories.renamed);
  await expect(story.item(text).author).toHaveText(name);
});

test("reader who saves a new display name still sees it in the form and the header afterwards", async ({ newReader }) => {
  const { page, account } = await newReader("snapback");
  const settings = new AccountPage(page);
  await settings.goto();
  const name = `Brook Salter ${account.name.slice(-4)}`;
  await settings.saveName(name);
  await expect(settings.profileSaved).toHaveText("Your profile was saved.");
  await expect(settings.nameInput).toHaveValue(name, { timeout: 3_000 });
  await expect(new SiteHeader(page).accountLinkFor(name)).toBeVisible({ timeout: 1_000 });
});

test("reader's display name of 51 characters is refused with a message and the typed name kept", async ({ newReader }) => {
  const { page, account } = await newReader("longname");
  const settings = new AccountPage(page);
  await settings.goto();

  const tooLong = "A".repeat(51);
  await settings.saveName(tooLong);
  await expect(settings.profileError).toHaveText("Please correct the highlighted fields.");
  await expect(settings.nameError).toHaveText("Display names are at most 50 characters.");
  await expect(settings.nameInput).toHaveValue(tooLong);
  await expect(settings.nameInput).toHaveAttribute("aria-invalid", "true");

  await settings.goto();
  await expect(settings.nameInput).toHaveValue(account.name);
});

test("reader signs out: the header says \"Sign in\", /account sends them to sign in, and the old session is dead", async ({ newReader }) => {
  const { page } = await newReader("signout");
  const settings = new AccountPage(page);
  await settings.goto();
  const sessionBefore = await page.context().cookies();

  await settings.signOutButton.click();
  await expect(page).toHaveURL("/");
  const header = new SiteHeader(page);
  await expect(header.signInLink).toBeVisible();
  await expect(header.accountLink).toHaveCount(0);

  await settings.goto();
  await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent("/account")}`);
  await expect(new SignInPage(page).emailInput).toBeVisible();

  // Signing out ends the session on the server, not just in this browser.
  await page.context().addCookies(sessionBefore);
  await settings.goto();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
});

test("reader deletes their account: they are signed out and their comment now shows \"[deleted user]\"", async ({ visitorPage }) => {
  // A demo reader of this test's own (approved before, so the comment is live), signed in afresh:
  // deleting the account ends every session it has.
  const reader = demoReader("fennel");
  const page = await visitorPage();
  await signInByEmailLink(page, reader.email);

  const story = new ArticleCommentsPage(page);
  await story.goto(quietStories.deletedAccount);
  const text = "A comment I wrote before I left the site.";
  await story.post(text);
  await expect(story.item(text).author).toHaveText(reader.name);

  const settings = new AccountPage(page);
  await settings.goto();
  const sessionBefore = await page.context().cookies();
  await settings.confirmDeletion("delete");
  await expect(settings.deleteError).toHaveText("Type DELETE to confirm.");
  await expect(page).toHaveURL("/account");

  await settings.deleteAccount();
  await expect(page).toHaveURL("/?account=deleted");
  await expect(new SiteHeader(page).signInLink).toBeVisible();

  // Every session of the account ended with it: the old cookie no longer signs anyone in.
  await page.context().addCookies(sessionBefore);
  await settings.goto();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);

  await story.goto(quietStories.deletedAccount);
  await expect(story.item(text).author).toHaveText("[deleted user]");
  await expect(story.item(text).body).toHaveText(text);
  const visitor = new ArticleCommentsPage(await visitorPage());
  await visitor.goto(quietStories.deletedAccount);
  await expect(visitor.item(text).author).toHaveText("[deleted user]");
});

test("visitor who opens /account is sent to sign in, and back to /account afterwards", async ({ page }) => {
  const settings = new AccountPage(page);
  await settings.goto();
  await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent("/account")}`);
  const signIn = new SignInPage(page);
  await expect(signIn.emailInput).toBeVisible();
  await expect(signIn.callbackField).toHaveValue("/account");
  await expect(settings.nameInput).toHaveCount(0);
});
