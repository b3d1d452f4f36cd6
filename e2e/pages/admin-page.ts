import type { Locator, Page, Response } from "@playwright/test";

/** What every `/admin` page shares: the heading, the admin navigation, and the 403 page a role may get instead. */
export class AdminPage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly nav: Locator;
  /** The notice after a redirect, e.g. "Saved." or "Scheduled." (`?notice=…`). */
  readonly notice: Locator;
  /** app/forbidden.tsx, served with a 403 status. */
  readonly forbiddenHeading: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole("main");
    this.heading = page.getByRole("heading", { level: 1 });
    this.nav = page.getByRole("navigation", { name: "Admin" });
    this.notice = this.main.locator("p.admin-notice");
    this.forbiddenHeading = page.getByRole("heading", { level: 1, name: "You do not have access to this page" });
  }

  async open(path: string): Promise<Response | null> {
    return this.page.goto(path);
  }
}
