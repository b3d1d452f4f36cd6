import type { Locator, Page } from "@playwright/test";
import { AdminPage } from "./admin-page";
import { untilHydrated } from "./hydration";

/** `/admin/articles/<id>/revisions`: every save, newest first; compare two; restore one. */
export class AdminRevisionsPage extends AdminPage {
  readonly table: Locator;
  readonly rows: Locator;
  readonly compareButton: Locator;

  constructor(page: Page) {
    super(page);
    this.table = this.main.getByRole("table", { name: "Every save of this article, newest first" });
    this.rows = this.table.locator("tbody tr");
    this.compareButton = this.main.getByRole("button", { name: "Compare", exact: true });
  }

  async goto(articleId: string) {
    return this.open(`/admin/articles/${articleId}/revisions`);
  }

  /** The row of the revision saved with this note for the revision history. */
  row(note: string): Locator {
    return this.rows.filter({ has: this.page.locator(".hint", { hasText: note }) });
  }

  /** Ticks "Compare from" on one revision and "to" on another, and compares. */
  async compare(fromNote: string, toNote: string): Promise<void> {
    await this.row(fromNote).getByRole("radio", { name: /^Compare from / }).check();
    await this.row(toNote).getByRole("radio", { name: /^Compare to / }).check();
    await this.compareButton.click();
  }

  /** The diff of one changed field ("Headline", "Slug", "Standfirst" or "Body"); absent when the field is the same. */
  fieldDiff(label: string): Locator {
    return this.main.getByRole("region", { name: label, exact: true });
  }

  /** The compared text of one field, with its removed and added words. */
  fieldText(label: string): Locator {
    return this.fieldDiff(label).locator(".diff");
  }

  removedWords(label: string): Locator {
    return this.fieldDiff(label).locator("del");
  }

  addedWords(label: string): Locator {
    return this.fieldDiff(label).locator("ins");
  }

  async restore(note: string): Promise<void> {
    const button = this.row(note).getByRole("button", { name: "Restore" });
    await untilHydrated(button);
    await button.click();
  }
}
