import type { Locator, Page } from "@playwright/test";
import { AdminPage } from "./admin-page";

/** `/admin/articles`: every article a user may edit, filtered by status, newest change first. */
export class AdminArticlesPage extends AdminPage {
  /** "12 articles". */
  readonly total: Locator;
  readonly titleLinks: Locator;
  readonly newArticleLink: Locator;

  constructor(page: Page) {
    super(page);
    this.total = this.main.getByText(/^\d+ articles?$/);
    this.titleLinks = this.main.locator("table.admin-table tbody tr td:first-child a");
    this.newArticleLink = this.main.getByRole("link", { name: "New article" });
  }

  /** The first page of the list, e.g. `goto({ status: "DRAFT" })`. */
  async goto(query: Record<string, string> = {}) {
    const search = new URLSearchParams(query).toString();
    return this.open(`/admin/articles${search ? `?${search}` : ""}`);
  }
}
