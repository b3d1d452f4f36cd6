import type { Locator, Page } from "@playwright/test";
import { AdminPage } from "./admin-page";

/** `/admin/articles`: every article a user may edit, filtered by status, newest change first. */
export class AdminArticlesPage extends AdminPage {
  /** "12 articles". */
  readonly total: Locator;
  readonly titleLinks: Locator;

  constructor(page: Page) {
    super(page);
    this.total = this.main.getByText(/^\d+ articles?$/);
    this.titleLinks = this.main.locator("table.admin-table tbody tr td:first-child a");
  }

  /** The row of the article with this headline. */
  row(title: string): Locator {
    return this.main.locator("table.admin-table tbody tr").filter({ has: this.page.getByRole("link", { name: title, exact: true }) });
  }

  /** The id of the listed article with this headline, from its editor link. */
  async articleId(title: string): Promise<string> {
    const href = (await this.row(title).getByRole("link", { name: title, exact: true }).getAttribute("href")) ?? "";
    const id = /^\/admin\/articles\/([a-z0-9]+)$/i.exec(href)?.[1];
    if (!id) throw new Error(`No editor link for "${title}": ${href}`);
    return id;
  }

  /** The first page of the list, e.g. `goto({ status: "DRAFT" })`. */
  async goto(query: Record<string, string> = {}) {
    const search = new URLSearchParams(query).toString();
    return this.open(`/admin/articles${search ? `?${search}` : ""}`);
  }
}
