import type { Locator, Page } from "@playwright/test";

/** The account corner of the header: "Sign in" for visitors, the reader's name linking to /account once signed in. */
export class SiteHeader {
  readonly banner: Locator;
  readonly signInLink: Locator;
  /** Labelled "Your account (<name>)"; its text is the display name. */
  readonly accountLink: Locator;

  constructor(readonly page: Page) {
    this.banner = page.getByRole("banner");
    this.signInLink = this.banner.getByRole("link", { name: "Sign in", exact: true });
    this.accountLink = this.banner.getByRole("link", { name: /^Your account \(/ });
  }

  accountLinkFor(name: string): Locator {
    return this.banner.getByRole("link", { name: `Your account (${name})`, exact: true });
  }
}
