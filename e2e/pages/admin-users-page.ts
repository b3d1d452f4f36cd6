import type { Locator, Page } from "@playwright/test";
import { AdminPage } from "./admin-page";
import { untilHydrated } from "./hydration";

/** `/admin/users`: search users, change their role, ban or lift a ban. */
export class AdminUsersPage extends AdminPage {
  readonly rows: Locator;

  constructor(page: Page) {
    super(page);
    this.rows = this.main.locator("table.admin-table tbody tr");
  }

  /** The list narrowed to users whose email or name contains `q`. */
  async goto(q = "") {
    return this.open(q ? `/admin/users?q=${encodeURIComponent(q)}` : "/admin/users");
  }

  row(email: string): Locator {
    return this.rows.filter({ hasText: email });
  }

  roleSelect(email: string): Locator {
    return this.row(email).getByRole("combobox", { name: /^Role of / });
  }

  /** What the row says after a role change, e.g. "Role changed from reader to contributor." */
  roleMessage(email: string): Locator {
    return this.row(email).getByRole("status");
  }

  async changeRole(email: string, role: "reader" | "contributor" | "editor" | "admin"): Promise<void> {
    const select = this.roleSelect(email);
    await untilHydrated(select);
    await select.selectOption(role);
    await this.row(email).getByRole("button", { name: /^Save role of / }).click();
  }
}
