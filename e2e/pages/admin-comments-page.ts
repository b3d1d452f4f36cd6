import type { Locator, Page } from "@playwright/test";
import { AdminPage } from "./admin-page";
import { untilHydrated } from "./hydration";

/** `/admin/comments`: the moderation queues, "Waiting for approval" and "Reported by readers". */
export class AdminCommentsPage extends AdminPage {
  readonly pendingQueue: Locator;
  /** "Waiting for approval (3)". */
  readonly pendingHeading: Locator;
  readonly reportedQueue: Locator;
  /** What the queue says after a decision, e.g. "Approved 1 comment." */
  readonly outcome: Locator;

  constructor(page: Page) {
    super(page);
    this.pendingQueue = this.main.locator("section#pending");
    this.pendingHeading = this.pendingQueue.getByRole("heading", { level: 2 });
    this.reportedQueue = this.main.locator("section#reported");
    this.outcome = this.main.getByRole("status");
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
