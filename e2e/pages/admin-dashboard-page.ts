import type { Locator, Page } from "@playwright/test";
import { AdminPage } from "./admin-page";

/** The cards on `/admin`: "Drafts", "In review", "Scheduled", "Pending comments", "Reported comments". */
export type DashboardCard = "Drafts" | "In review" | "Scheduled" | "Pending comments" | "Reported comments";

/** `/admin`: what is being written, waiting for review, about to go live, and the comment queues. */
export class AdminDashboardPage extends AdminPage {
  readonly newArticleLink: Locator;

  constructor(page: Page) {
    super(page);
    this.newArticleLink = this.main.getByRole("link", { name: "New article", exact: true });
  }

  async goto() {
    return this.open("/admin");
  }

  /** A card, found by its heading (whose accessible name also holds the count). */
  card(title: DashboardCard): Locator {
    return this.main.locator("section.dashboard-list").filter({ has: this.page.getByRole("heading", { level: 2, name: new RegExp(`^${title} \\d+$`) }) });
  }

  /** The number in a card's heading. */
  count(title: DashboardCard): Locator {
    return this.card(title).locator(".dashboard-count");
  }

  /** The linked titles (or comment excerpts) listed in a card. */
  items(title: DashboardCard): Locator {
    return this.card(title).getByRole("listitem").getByRole("link");
  }
}
