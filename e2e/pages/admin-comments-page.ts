import type { Locator, Page } from "@playwright/test";
import { AdminPage } from "./admin-page";
import { untilHydrated } from "./hydration";

/** `/admin/comments`: the moderation queue of comments "Waiting for approval". */
export class AdminCommentsPage extends AdminPage {
  readonly pendingQueue: Locator;
  /** "Waiting for approval (3)". */
  readonly pendingHeading: Locator;

  /** The comments readers reported. */
  readonly reportedQueue: Locator;
  /** The answer to the latest decision, e.g. "Approved 1 comment.". */
  readonly confirmations: Locator;
  /** Refusals, e.g. a ban without a reason. */
  readonly refusals: Locator;

  constructor(page: Page) {
    super(page);
    this.pendingQueue = this.main.locator("section#pending");
    this.pendingHeading = this.pendingQueue.getByRole("heading", { level: 2 });
    this.reportedQueue = this.main.locator("section#reported");
    this.confirmations = this.main.getByRole("status");
    this.refusals = this.main.getByRole("alert");
  }

  async goto() {
    return this.open("/admin/comments");
  }

  /** The row of the waiting comment whose text contains `text`. */
  pendingRow(text: string): Locator {
    return this.pendingQueue.locator("tbody tr").filter({ has: this.page.locator(".moderation-comment", { hasText: text }) });
  }

  /** The row of the reported comment whose text contains `text`. */
  reportedRow(text: string): Locator {
    return this.reportedQueue.locator("tbody tr").filter({ has: this.page.locator(".moderation-comment", { hasText: text }) });
  }

  /** Presses a row's own "Approve", "Reject" or "Spam" button. */
  async decide(text: string, decision: "Approve" | "Reject" | "Spam"): Promise<void> {
    await this.press(this.pendingRow(text).getByRole("button", { name: new RegExp(`^${decision} comment by `) }));
  }

  /** Presses "Ban author" on a reported comment's row (the queue's ban reason field applies). */
  async banReportedAuthor(text: string): Promise<void> {
    await this.press(this.reportedRow(text).getByRole("button", { name: /^Ban author of comment by / }));
  }

  private async press(button: Locator): Promise<void> {
    await untilHydrated(button);
    await button.click();
  }
}
