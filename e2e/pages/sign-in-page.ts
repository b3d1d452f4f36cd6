import type { Locator, Page } from "@playwright/test";
import { untilHydrated } from "./hydration";
import { SitePage, type WaitUntil } from "./site-page";

/** `/signin`, `/signin/check-email`, `/signin/confirm` and `/signin/error`: asking for an emailed sign-in link. */
export class SignInPage extends SitePage {
  readonly emailInput: Locator;
  readonly submitButton: Locator;
  /** The hidden field carrying where to return after signing in. */
  readonly callbackField: Locator;
  /** The message above the form after a refused request. */
  readonly formError: Locator;
  readonly emailError: Locator;
  /** `/signin/check-email`. */
  readonly checkEmailHeading: Locator;
  readonly checkEmailStatus: Locator;
  /** `/signin/error`. */
  readonly errorHeading: Locator;
  readonly errorMessage: Locator;

  constructor(page: Page) {
    super(page);
    this.emailInput = this.main.getByLabel("Email address");
    this.submitButton = this.main.getByRole("button", { name: "Email me a sign-in link" });
    this.callbackField = this.main.locator('form input[type="hidden"][name="callbackUrl"]');
    this.formError = this.main.locator("form").getByRole("alert");
    this.emailError = this.main.locator("#signin-email-error");
    this.checkEmailHeading = this.main.getByRole("heading", { level: 1, name: "Check your email" });
    this.checkEmailStatus = this.main.getByRole("status");
    this.errorHeading = this.main.getByRole("heading", { level: 1, name: "We could not sign you in" });
    this.errorMessage = this.main.getByRole("alert");
  }

  /** `/signin/confirm`: a link opened in a browser other than the one that asked for it. */
  confirmHeading(email: string): Locator {
    return this.main.getByRole("heading", { level: 1, name: `Sign in as ${email}?` });
  }

  confirmButton(email: string): Locator {
    return this.main.getByRole("button", { name: `Yes, sign in as ${email}` });
  }

  async goto(callbackUrl?: string, waitUntil: WaitUntil = "load") {
    return this.open(callbackUrl ? `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/signin", waitUntil);
  }

  async requestLink(email: string): Promise<void> {
    await untilHydrated(this.emailInput);
    await this.emailInput.fill(email);
    await this.submitButton.click();
  }
}
