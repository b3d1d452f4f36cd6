import type { Locator, Page } from "@playwright/test";
import { AdminPage } from "./admin-page";
import { untilHydrated } from "./hydration";

/** `/admin/comments`: the moderation queue of comments "Waiting for approval". */
export class AdminCommentsPage extends AdminPage {
  readonly pendingQueue: Locator;
  /** "Waiting for approval (3)". */
  readonly pendingHeading: Locator;

  constructor(page: Page) {
    super(page);
    this.pendingQueue = this.main.locator("section#pending");
    this.pendingHeading = this.pendingQueue.getByRole("heading", { level: 2 });
  }

  async goto() {
    return this.open("/admin/comments");
  }

  /** The row of the waiting comment whose text contains `text`. */
  pendingRow(text: string): Locator {
    return this.pendingQueue.locator("tbody tr").filter({ has: this.page.locator(".moderation-comment", { hasText: text }) });
  }

  /** Presses a row's own "Approve", "Reject" or "Spam" button. */
  async decide(text: string, decision: "Approve" | "Reject" | "Spam"): Promise<void> {
    const button = this.pendingRow(text).getByRole("button", { name: new RegExp(`^${decision} comment by `) });
    await untilHydrated(button);
    await button.click();
  }
}
