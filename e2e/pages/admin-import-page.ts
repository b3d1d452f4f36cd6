import type { Locator, Page } from "@playwright/test";
import { AdminPage } from "./admin-page";

/** `/admin/import`: moving a newsroom in from WordPress or Ghost, dry run first. */
export class AdminImportPage extends AdminPage {
  readonly wordpress: Locator;
  readonly ghost: Locator;
  readonly exportFile: Locator;
  readonly media: Locator;
  readonly dryRunButton: Locator;
  readonly importButton: Locator;
  readonly message: Locator;
  readonly report: Locator;
  readonly reportPosts: Locator;

  constructor(page: Page) {
    super(page);
    this.wordpress = page.getByRole("radio", { name: /^WordPress/ });
    this.ghost = page.getByRole("radio", { name: /^Ghost/ });
    this.exportFile = page.getByLabel("Export file");
    this.media = page.getByLabel("Images");
    this.dryRunButton = page.getByRole("button", { name: "Dry run" });
    this.importButton = page.getByRole("button", { name: "Import now" });
    this.message = this.main.locator(".form-message");
    this.report = page.getByRole("region", { name: /^What the import (would do|did)$/ });
    this.reportPosts = this.report.locator("table.import-report__posts tbody tr");
  }

  async goto() {
    return this.open("/admin/import");
  }
}
