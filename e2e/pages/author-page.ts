import type { Locator, Page } from "@playwright/test";
import { SitePage, type WaitUntil } from "./site-page";

/** `/authors/<slug>`: the profile and the author's published stories. */
export class AuthorPage extends SitePage {
  readonly name: Locator;
  readonly profile: Locator;
  readonly jobTitle: Locator;
  readonly affiliations: Locator;
  readonly articles: Locator;
  readonly articleLinks: Locator;
  readonly pagination: Locator;

  constructor(page: Page) {
    super(page);
    this.name = this.heading;
    this.profile = this.main.locator("header.author-profile");
    this.jobTitle = this.profile.locator(".author-profile__job");
    this.affiliations = this.profile.locator("ul.affiliations > li");
    this.articles = page.getByRole("region", { name: /^Articles by / });
    this.articleLinks = this.articles.getByRole("article").getByRole("heading").getByRole("link");
    this.pagination = page.getByRole("navigation", { name: "Pagination" });
  }

  async goto(slug: string, waitUntil: WaitUntil = "load") {
    return this.open(`/authors/${slug}`, waitUntil);
  }

  /** The "<name> elsewhere" list of social and personal links. */
  elsewhere(name: string): Locator {
    return this.profile.getByRole("list", { name: `${name} elsewhere` });
  }
}
