import type { Locator, Page } from "@playwright/test";
import { ArticlePage } from "./article-page";
import { untilHydrated } from "./hydration";
import type { WaitUntil } from "./site-page";

/** One comment (or reply) in the list, with the actions its viewer is offered. */
export class CommentItem {
  readonly author: Locator;
  readonly body: Locator;
  readonly pendingBadge: Locator;
  readonly editedNote: Locator;
  readonly replyLink: Locator;
  readonly editLink: Locator;
  readonly deleteButton: Locator;
  readonly reportButton: Locator;
  /** What the page says after an action on this comment, e.g. the thanks for a report. */
  readonly status: Locator;

  constructor(readonly root: Locator) {
    this.author = root.locator(".comment__author");
    this.body = root.locator(".comment__body");
    this.pendingBadge = root.getByText("Awaiting moderation");
    this.editedNote = root.getByText("(edited)");
    const actions = root.locator(".comment__actions");
    this.replyLink = actions.getByRole("link", { name: "Reply", exact: true });
    this.editLink = actions.getByRole("link", { name: "Edit", exact: true });
    this.deleteButton = actions.getByRole("button", { name: "Delete", exact: true });
    this.reportButton = actions.getByRole("button", { name: "Report", exact: true });
    this.status = actions.getByRole("status");
  }

  /** The id in `id="comment-<id>"`. */
  async id(): Promise<string> {
    const id = (await this.root.getAttribute("id")) ?? "";
    if (!id.startsWith("comment-")) throw new Error(`Not a comment element: id="${id}"`);
    return id.slice("comment-".length);
  }
}

/** The comments section of an article page: the form, the threads, sorting, replies, edits. */
export class ArticleCommentsPage extends ArticlePage {
  /** "3 comments": counts approved comments only. */
  readonly countHeading: Locator;
  readonly signInToComment: Locator;
  readonly noComments: Locator;
  readonly form: Locator;
  readonly commentBox: Locator;
  readonly notifyCheckbox: Locator;
  readonly postButton: Locator;
  /** "Your comment was posted." or the note that the comment waits for a moderator. */
  readonly posted: Locator;
  /** Why a comment was refused. */
  readonly refusal: Locator;
  readonly bodyError: Locator;
  readonly newestFirstLink: Locator;
  readonly oldestFirstLink: Locator;
  readonly currentSort: Locator;
  readonly deletedPlaceholders: Locator;
  readonly replyForm: Locator;
  readonly replyBox: Locator;
  readonly postReplyButton: Locator;
  /** Where the reply form was: "Your reply was posted." once it is. */
  readonly replyPosted: Locator;
  readonly editBox: Locator;
  readonly saveEditButton: Locator;

  constructor(page: Page) {
    super(page);
    this.countHeading = this.comments.getByRole("heading", { level: 2 });
    this.noComments = this.comments.getByText("No comments yet.");
    this.signInToComment = this.comments.getByRole("link", { name: "Sign in to comment" });
    this.form = page.locator("form#comment-form");
    this.commentBox = this.form.getByLabel("Your comment");
    this.notifyCheckbox = this.form.getByRole("checkbox", { name: "Email me when someone replies" });
    this.postButton = this.form.getByRole("button", { name: "Post comment" });
    this.posted = this.form.getByRole("status");
    this.refusal = this.form.getByRole("alert");
    this.bodyError = this.form.locator("#comment-body-error");
    const sort = this.comments.locator(".comments__sort");
    this.newestFirstLink = sort.getByRole("link", { name: "Newest first" });
    this.oldestFirstLink = sort.getByRole("link", { name: "Oldest first" });
    this.currentSort = sort.locator('[aria-current="true"]');
    this.deletedPlaceholders = this.comments.locator(".comment__deleted");
    this.replyForm = this.comments.locator('form[id^="reply-"]');
    this.replyBox = this.replyForm.getByRole("textbox", { name: /^Reply to / });
    this.postReplyButton = this.replyForm.getByRole("button", { name: "Post reply" });
    this.replyPosted = this.comments.locator(".comments__reply-form").getByRole("status");
    this.editBox = this.comments.getByLabel("Edit your comment");
    this.saveEditButton = this.comments.getByRole("button", { name: "Save changes" });
  }

  /** The article with a query string. */
  async gotoWith(slug: string, query: string, waitUntil: WaitUntil = "load") {
    return this.open(`/articles/${slug}${query}`, waitUntil);
  }

  /**
   * The story's discussion page, drawn per request for the reader (sorting, reply and edit forms,
   * and everything without JavaScript), optionally with a query string such as `?comments=newest`.
   */
  async gotoDiscussion(slug: string, query = "", waitUntil: WaitUntil = "load") {
    return this.open(`/articles/${slug}/discussion${query}`, waitUntil);
  }

  /** The comment whose text contains `text`. */
  item(text: string): CommentItem {
    return new CommentItem(this.comment(text));
  }

  itemById(id: string): CommentItem {
    return new CommentItem(this.comments.locator(`article.comment#comment-${id}`));
  }

  /** The thread (top-level comment and its replies) that holds a comment containing `text`. */
  thread(text: string): Locator {
    return this.commentThreads.filter({ has: this.page.locator("article.comment", { hasText: text }) });
  }

  /** The thread whose top-level comment was deleted and survives as "[deleted]" for its replies. */
  deletedThread(): Locator {
    return this.commentThreads.filter({ has: this.page.locator(":scope > article.comment > .comment__deleted") });
  }

  /** The replies listed under the thread that holds `text`. */
  repliesIn(text: string): Locator {
    return this.thread(text).getByRole("list", { name: /^Replies to / }).locator("article.comment");
  }

  /** The ids of the top-level comments, in the order shown. */
  async threadIds(): Promise<string[]> {
    return this.commentThreads.locator(":scope > article.comment").evaluateAll((items) => items.map((el) => el.id));
  }

  async post(text: string, options: { notifyReplies?: boolean } = {}): Promise<void> {
    await untilHydrated(this.commentBox);
    await this.commentBox.fill(text);
    if (options.notifyReplies !== undefined) await this.notifyCheckbox.setChecked(options.notifyReplies);
    await this.postButton.click();
  }

  /** Types past the textarea's maxlength, so that only the server's rule stands in the way. */
  async fillBeyondMaxLength(text: string): Promise<void> {
    await untilHydrated(this.commentBox);
    await this.commentBox.evaluate((box) => box.removeAttribute("maxlength"));
    await this.commentBox.fill(text);
  }

  async reply(text: string): Promise<void> {
    await untilHydrated(this.replyBox);
    await this.replyBox.fill(text);
    await this.postReplyButton.click();
  }

  /** In the open edit form: replaces the text and saves. */
  async saveEdit(text: string): Promise<void> {
    await untilHydrated(this.editBox);
    await this.editBox.fill(text);
    await this.saveEditButton.click();
  }
}
