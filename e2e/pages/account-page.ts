import type { Locator, Page } from "@playwright/test";
import { untilHydrated } from "./hydration";
import { SitePage, type WaitUntil } from "./site-page";

/** `/account`: the display name, reply emails, signing out and deleting the account. */
export class AccountPage extends SitePage {
  readonly signedInAs: Locator;
  readonly profile: Locator;
  readonly nameInput: Locator;
  readonly nameError: Locator;
  readonly notifyRepliesCheckbox: Locator;
  readonly saveProfileButton: Locator;
  readonly profileSaved: Locator;
  readonly profileError: Locator;
  readonly signOutButton: Locator;
  readonly deleteSection: Locator;
  readonly deleteConfirmInput: Locator;
  readonly deleteButton: Locator;
  readonly deleteError: Locator;

  constructor(page: Page) {
    super(page);
    this.signedInAs = this.main.getByText(/^Signed in as /);
    this.profile = this.main.getByRole("region", { name: "Profile" });
    this.nameInput = this.profile.getByLabel("Display name");
    this.nameError = this.profile.locator("#profile-name-error");
    this.notifyRepliesCheckbox = this.profile.getByRole("checkbox", { name: /Email me when someone replies/ });
    this.saveProfileButton = this.profile.getByRole("button", { name: "Save profile" });
    this.profileSaved = this.profile.getByRole("status");
    this.profileError = this.profile.getByRole("alert");
    this.signOutButton = this.main.getByRole("button", { name: "Sign out" });
    this.deleteSection = this.main.getByRole("region", { name: "Delete your account" });
    this.deleteConfirmInput = this.deleteSection.getByLabel("Type DELETE to confirm");
    this.deleteButton = this.deleteSection.getByRole("button", { name: "Delete my account" });
    this.deleteError = this.deleteSection.locator("#delete-confirm-error");
  }

  async goto(waitUntil: WaitUntil = "load") {
    return this.open("/account", waitUntil);
  }

  /** Fills the display name as the server will receive it: the input's maxlength is lifted first. */
  async fillName(name: string): Promise<void> {
    await untilHydrated(this.nameInput);
    await this.nameInput.evaluate((input) => input.removeAttribute("maxlength"));
    await this.nameInput.fill(name);
  }

  async saveName(name: string): Promise<void> {
    await this.fillName(name);
    await this.saveProfileButton.click();
  }

  async confirmDeletion(typed: string): Promise<void> {
    await untilHydrated(this.deleteConfirmInput);
    await this.deleteConfirmInput.fill(typed);
    await this.deleteButton.click();
  }

  async deleteAccount(): Promise<void> {
    await this.confirmDeletion("DELETE");
  }
}
