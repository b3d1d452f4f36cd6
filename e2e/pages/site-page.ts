import type { Locator, Page, Response } from "@playwright/test";

/** How long `goto` waits: "load" also waits for eager images; "domcontentloaded" only for the HTML. */
export type WaitUntil = "load" | "domcontentloaded";

/** What every public page shares: the header's section navigation, the footer and the 404 message. */
export class SitePage {
  readonly sectionNav: Locator;
  readonly sectionLinks: Locator;
  readonly main: Locator;
  readonly footer: Locator;
  readonly footerNav: Locator;
  readonly heading: Locator;
  readonly notFoundHeading: Locator;

  constructor(readonly page: Page) {
    this.sectionNav = page.getByRole("navigation", { name: "Sections" });
    this.sectionLinks = this.sectionNav.getByRole("link");
    this.main = page.getByRole("main");
    this.footer = page.getByRole("contentinfo");
    this.footerNav = page.getByRole("navigation", { name: "Footer" });
    this.heading = page.getByRole("heading", { level: 1 });
    this.notFoundHeading = page.getByRole("heading", { level: 1, name: "Page not found" });
  }

  /** Opens any path and hands back the response, so a caller can look at the status code. */
  async open(path: string, waitUntil: WaitUntil = "load"): Promise<Response | null> {
    return this.page.goto(path, { waitUntil });
  }

  /** Every `href` of every link on the page, as written in the markup. */
  async linkHrefs(): Promise<string[]> {
    return this.page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  }

  /** Scrolls to the end of the page and says how far the footer's bottom edge is above the window's. */
  async footerGapAtEnd(): Promise<number> {
    await this.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    return this.footer.evaluate((footer) => window.innerHeight - footer.getBoundingClientRect().bottom);
  }

  /** The document's scroll width and viewport width, for horizontal-overflow checks. */
  async horizontalExtent(): Promise<{ scrollWidth: number; clientWidth: number }> {
    return this.page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
  }
}
