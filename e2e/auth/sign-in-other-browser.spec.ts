import { test, expect } from "../fixtures/auth";
import { newAddress } from "../fixtures/accounts";
import { waitForNewMail } from "../fixtures/mail";
import { SignInPage } from "../pages/sign-in-page";
import { SiteHeader } from "../pages/site-header";
import { linkIn } from "../support/mail-client";

for (const javaScriptEnabled of [true, false]) {
  test(`a sign-in link opened in another browser signs in only after "Yes, sign in as …" (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({ page, visitorPage, baseURL }, testInfo) => {
    // Someone asks for a link to their own address in one browser…
    const owner = newAddress(testInfo, javaScriptEnabled ? "owner-js" : "owner-nojs");
    const asking = new SignInPage(page);
    await asking.goto("/account");
    await asking.requestLink(owner.email);
    await expect(asking.checkEmailHeading).toBeVisible();
    const link = linkIn(await waitForNewMail(owner.email, 0), `${baseURL}/api/auth/callback/email`);

    // …and the link is opened in another one: as when it is mailed to a victim, or opened in the mail app's browser.
    const other = await visitorPage({ javaScriptEnabled });
    await other.goto(link);
    const confirm = new SignInPage(other);
    await expect(other).toHaveURL(/\/signin\/confirm\?/);
    await expect(confirm.confirmHeading(owner.email)).toBeVisible();
    const header = new SiteHeader(other);
    await expect(header.signInLink).toBeVisible();
    expect((await other.request.get("/account", { maxRedirects: 0 })).status(), "not signed in before the yes").not.toBe(200);

    // Saying yes signs in with the same link, which the visit to the question did not use up.
    await confirm.confirmButton(owner.email).click();
    await expect(other).toHaveURL(/\/account$/);
    await expect(header.accountLinkFor(owner.name)).toBeVisible();
  });
}

test("a sign-in link opened in the browser that asked for it signs in at once", async ({ page, baseURL }, testInfo) => {
  const visitor = newAddress(testInfo, "same-browser");
  const signIn = new SignInPage(page);
  await signIn.goto("/account");
  await signIn.requestLink(visitor.email);
  await expect(signIn.checkEmailHeading).toBeVisible();
  await page.goto(linkIn(await waitForNewMail(visitor.email, 0), `${baseURL}/api/auth/callback/email`));
  await expect(page).toHaveURL(/\/account$/);
  await expect(new SiteHeader(page).accountLinkFor(visitor.name)).toBeVisible();
});
