import type { Locator, Page } from "@playwright/test";
import { SitePage, type WaitUntil } from "./site-page";

/** A paginated list of stories: a section page or a tag page. */
export class ListingPage extends SitePage {
  readonly storyHeadlineLinks: Locator;
  readonly pagination: Locator;
  readonly olderStories: Locator;
  readonly newerStories: Locator;
  readonly position: Locator;

  constructor(page: Page) {
    super(page);
    this.storyHeadlineLinks = this.main.getByRole("article").getByRole("heading").getByRole("link");
    this.pagination = page.getByRole("navigation", { name: "Pagination" });
    this.olderStories = this.pagination.getByRole("link", { name: /Older stories/ });
    this.newerStories = this.pagination.getByRole("link", { name: /Newer stories/ });
    this.position = this.pagination.getByText(/^Page \d+ of \d+$/);
  }

  async gotoSection(slug: string, query = "", waitUntil: WaitUntil = "load") {
    return this.open(`/sections/${slug}${query}`, waitUntil);
  }

  async gotoTag(slug: string, query = "", waitUntil: WaitUntil = "load") {
    return this.open(`/tags/${slug}${query}`, waitUntil);
  }

  /** The `href`s of the stories listed, in order. */
  async storyHrefs(): Promise<string[]> {
    return this.storyHeadlineLinks.evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  }
}
