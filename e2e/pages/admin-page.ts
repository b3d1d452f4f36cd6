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

  /** The distinct paths of the links in the page's main part that match `pattern`, in page order. */
  async linkedPaths(pattern: RegExp): Promise<string[]> {
    const hrefs = await this.main.locator("a[href]").evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    return [...new Set(hrefs.filter((href) => pattern.test(href)))];
  }

  /**
   * Scrolls to the end of the page and says whether what is painted at the bottom of the window,
   * `x` pixels from its left, is the navigation's own background (its column), not the page's.
   */
  async navigationPaintsBottomAt(x: number): Promise<boolean> {
    await this.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    return this.nav.evaluate((nav, x) => {
      const painted = document.elementsFromPoint(x, window.innerHeight - 4).find((el) => {
        const colour = getComputedStyle(el).backgroundColor;
        return colour !== "transparent" && colour !== "rgba(0, 0, 0, 0)";
      });
      return painted !== undefined && nav.contains(painted);
    }, x);
  }

  /** The page's width against the window's, as `document.documentElement` measures them. */
  async horizontalExtent(): Promise<{ scrollWidth: number; clientWidth: number }> {
    return this.page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  }

  /** Where an element's box sits across the window: its left and right edges in CSS pixels. */
  async horizontalSpan(target: Locator): Promise<{ left: number; right: number }> {
    return target.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return { left: box.left, right: box.right };
    });
  }
}
