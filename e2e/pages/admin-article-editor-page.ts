import type { Locator, Page } from "@playwright/test";
import { AdminArticlesPage } from "./admin-articles-page";
import { AdminPage } from "./admin-page";
import { untilHydrated } from "./hydration";

/** What a new or edited article is given in the editor; fields left out are not touched. */
export interface ArticleDraft {
  title?: string;
  slug?: string;
  standfirst?: string;
  body?: string;
  heroAlt?: string;
  heroCaption?: string;
  heroCredit?: string;
  tags?: string;
  /** Author names, in byline order. */
  authors?: string[];
  /** `datetime-local` text in the site's time zone, e.g. "2026-11-29T18:30". */
  scheduledAt?: string;
  note?: string;
}

/**
 * `/admin/articles/new` and `/admin/articles/<id>`: the form with its live preview, the workflow
 * buttons, the panel of a pending change to a live story, and the corrections of a live one.
 */
export class AdminArticleEditorPage extends AdminPage {
  readonly form: Locator;
  /** The message above the form after a refused save. */
  readonly formError: Locator;
  /** "draft", "scheduled", "published", … next to the heading. */
  readonly statusBadge: Locator;
  readonly revisionsLink: Locator;

  readonly headline: Locator;
  readonly slug: Locator;
  readonly standfirst: Locator;
  readonly body: Locator;
  readonly libraryPicker: Locator;
  /** The media library's summary line, which names the chosen image: "… (now: <alt text>)". */
  readonly libraryChoice: Locator;
  readonly heroUpload: Locator;
  readonly heroAlt: Locator;
  readonly heroAltError: Locator;
  readonly heroCaption: Locator;
  readonly heroCredit: Locator;
  readonly section: Locator;
  readonly tags: Locator;
  readonly scheduledAt: Locator;
  readonly note: Locator;
  /** On a live story: what kind of change this is. */
  readonly minorChange: Locator;
  readonly substantiveChange: Locator;

  readonly saveDraftButton: Locator;
  readonly submitForReviewButton: Locator;
  readonly scheduleButton: Locator;
  readonly publishNowButton: Locator;
  readonly saveChangeForReviewButton: Locator;
  readonly publishChangeNowButton: Locator;

  /** The bar of actions that stays on screen, with the autosave status ("Saved 12:03"). */
  readonly actionBar: Locator;
  readonly autosaveStatus: Locator;
  readonly previewLink: Locator;

  /** Above the form when the person has an autosave of this article: Restore or Discard. */
  readonly autosaveOffer: Locator;
  readonly restoreAutosaveLink: Locator;
  readonly discardAutosaveButton: Locator;

  /** The rendered body beside the form. */
  readonly preview: Locator;
  readonly previewBody: Locator;

  /** "A change to this live story is waiting for approval". */
  readonly pendingChange: Locator;
  readonly pendingMinor: Locator;
  readonly pendingSubstantive: Locator;
  readonly approveButton: Locator;

  readonly corrections: Locator;
  readonly correctionBox: Locator;
  readonly publishCorrectionButton: Locator;
  readonly correctionMessage: Locator;

  constructor(page: Page) {
    super(page);
    this.form = page.locator("form.article-editor");
    this.formError = this.form.getByRole("alert");
    this.statusBadge = this.main.locator("h1 + p > span.status");
    this.revisionsLink = this.main.getByRole("link", { name: "Revisions", exact: true });

    this.headline = this.form.getByLabel("Headline", { exact: true });
    this.slug = this.form.getByLabel("Slug", { exact: true });
    this.standfirst = this.form.getByLabel("Standfirst", { exact: true });
    this.body = this.form.getByLabel("Body (Markdown)");
    this.libraryPicker = this.form.locator("details").filter({ hasText: "Choose from the library" });
    this.libraryChoice = this.libraryPicker.locator("summary");
    this.heroUpload = this.form.getByLabel(/or upload a new image/);
    this.heroAlt = this.form.getByLabel("Alt text (required with an image)");
    this.heroAltError = this.form.locator("#f-heroAlt-error");
    this.heroCaption = this.form.getByLabel("Caption", { exact: true });
    this.heroCredit = this.form.getByLabel("Credit", { exact: true });
    this.section = this.form.getByLabel("Section", { exact: true });
    this.tags = this.form.getByLabel(/^Tags, separated by commas/);
    this.scheduledAt = this.form.getByLabel("Publish at (for Schedule)");
    this.note = this.form.getByLabel("Note for the revision history (optional)");
    this.minorChange = this.form.getByRole("radio", { name: /^Minor/ });
    this.substantiveChange = this.form.getByRole("radio", { name: /^Substantive/ });

    const button = (name: string) => this.form.getByRole("button", { name, exact: true });
    this.saveDraftButton = button("Save draft");
    this.submitForReviewButton = button("Submit for review");
    this.scheduleButton = button("Schedule");
    this.publishNowButton = button("Publish now");
    this.saveChangeForReviewButton = button("Save change for review");
    this.publishChangeNowButton = button("Publish change now");

    this.actionBar = this.form.getByRole("group", { name: "Article actions" });
    this.autosaveStatus = this.actionBar.getByRole("status");
    this.previewLink = this.actionBar.getByRole("link", { name: "Preview", exact: true });

    this.autosaveOffer = page.getByRole("region", { name: "Autosaved version" });
    this.restoreAutosaveLink = this.autosaveOffer.getByRole("link", { name: "Restore", exact: true });
    this.discardAutosaveButton = this.autosaveOffer.getByRole("button", { name: "Discard", exact: true });

    this.preview = page.getByRole("region", { name: "Preview" });
    this.previewBody = this.preview.locator(".prose");

    this.pendingChange = page.getByRole("region", { name: "A change to this live story is waiting for approval" });
    this.pendingMinor = this.pendingChange.getByRole("radio", { name: "Minor", exact: true });
    this.pendingSubstantive = this.pendingChange.getByRole("radio", { name: "Substantive", exact: true });
    this.approveButton = this.pendingChange.getByRole("button", { name: "Approve and publish" });

    this.corrections = page.getByRole("region", { name: "Corrections" });
    this.correctionBox = this.corrections.getByLabel(/^Add a correction note/);
    this.publishCorrectionButton = this.corrections.getByRole("button", { name: "Publish correction" });
    this.correctionMessage = this.corrections.locator("p.form-message");
  }

  async gotoNew() {
    return this.open("/admin/articles/new");
  }

  async goto(id: string) {
    return this.open(`/admin/articles/${id}`);
  }

  /** The editor of the article with this headline, found by searching the admin's article list. */
  async gotoTitled(title: string) {
    const list = new AdminArticlesPage(this.page);
    await list.goto({ q: title });
    return this.goto(await list.articleId(title));
  }

  /** The article's id, from the editor's address (`/admin/articles/<id>?notice=…`). */
  idFromUrl(): string {
    const id = /\/admin\/articles\/([a-z0-9]+)(?:\?|$)/i.exec(this.page.url())?.[1];
    if (!id || id === "new") throw new Error(`Not an article editor address: ${this.page.url()}`);
    return id;
  }

  authorSelect(position: number): Locator {
    return this.form.getByLabel(`Author ${position}`, { exact: true });
  }

  /** Waits until React has taken over the form: typing into a controlled field before that is lost. */
  async ready(): Promise<void> {
    await untilHydrated(this.body);
  }

  /** Fills the given fields, in the order a person would. */
  async fill(draft: ArticleDraft): Promise<void> {
    await this.ready();
    if (draft.title !== undefined) await this.headline.fill(draft.title);
    if (draft.slug !== undefined) await this.slug.fill(draft.slug);
    if (draft.standfirst !== undefined) await this.standfirst.fill(draft.standfirst);
    if (draft.body !== undefined) await this.body.fill(draft.body);
    if (draft.heroAlt !== undefined) await this.heroAlt.fill(draft.heroAlt);
    if (draft.heroCaption !== undefined) await this.heroCaption.fill(draft.heroCaption);
    if (draft.heroCredit !== undefined) await this.heroCredit.fill(draft.heroCredit);
    if (draft.tags !== undefined) await this.tags.fill(draft.tags);
    for (const [i, name] of (draft.authors ?? []).entries()) await this.authorSelect(i + 1).selectOption({ label: name });
    if (draft.scheduledAt !== undefined) await this.scheduledAt.fill(draft.scheduledAt);
    if (draft.note !== undefined) await this.note.fill(draft.note);
  }

  async uploadHero(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.heroUpload.setInputFiles(file);
  }

  /** Opens the media library disclosure and picks the image whose alt text is `alt`. */
  async chooseFromLibrary(alt: string): Promise<void> {
    if (!(await this.libraryPicker.evaluate((details) => (details as HTMLDetailsElement).open))) await this.libraryPicker.locator("summary").click();
    await this.libraryPicker.getByRole("radio", { name: alt, exact: true }).check();
  }


  /** Approves the pending change to a live story as minor or substantive. */
  /**
   * Where a radio button sits against the words of its label: its width, the horizontal gap from
   * its right edge to the first letter, and how far its middle is below the first line's top.
   */
  async radioBesideWords(radio: Locator): Promise<{ width: number; gap: number; middleBelowLineTop: number }> {
    return radio.evaluate((input) => {
      const label = input.closest("label");
      const words = label && [...label.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (!words) throw new Error("The radio button's label has no words");
      const range = document.createRange();
      range.selectNodeContents(words);
      const first = range.getClientRects()[0] ?? range.getBoundingClientRect();
      const box = input.getBoundingClientRect();
      return { width: box.width, gap: first.left - box.right, middleBelowLineTop: box.top + box.height / 2 - first.top };
    });
  }

  async approvePending(kind: "MINOR" | "SUBSTANTIVE"): Promise<void> {
    await untilHydrated(this.approveButton);
    await (kind === "MINOR" ? this.pendingMinor : this.pendingSubstantive).check();
    await this.approveButton.click();
  }

  async addCorrection(text: string): Promise<void> {
    await untilHydrated(this.correctionBox);
    await this.correctionBox.fill(text);
    await this.publishCorrectionButton.click();
  }
}
