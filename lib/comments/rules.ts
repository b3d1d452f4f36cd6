/** The rules a comment must pass, as data and pure functions. */
import { DAY, MINUTE, type RateRule } from "@/lib/rate-limit/rules";
import { withoutUnsafeCharacters } from "@/lib/text/unsafe-characters";

export const COMMENT_MAX_LENGTH = 5000;
export const DUPLICATE_WINDOW_MS = 10 * MINUTE;

/** Applied per user and, separately, per client address. */
export const COMMENT_RATE_RULES: readonly RateRule[] = [
  { max: 5, windowMs: MINUTE, message: "You are commenting very fast. Please wait a minute before posting again." },
  { max: 50, windowMs: DAY, message: "You have reached today's limit of 50 comments. Please come back tomorrow." },
];

/**
 * Normalises line endings, removes the characters nobody types as text (control and
 * bidirectional-override characters, lib/text/unsafe-characters.ts) and trims; what is stored is
 * otherwise exactly what was typed.
 */
export function normalizeCommentBody(body: string): string {
  return withoutUnsafeCharacters(body.replace(/\r\n?/g, "\n")).trim();
}

/** Replies are one level deep: a reply to a reply joins the thread of its parent. */
export function threadRootId(parent: { id: string; parentId: string | null }): string {
  return parent.parentId ?? parent.id;
}

export type CommentStatus = "PENDING" | "APPROVED";

/**
 * Whether a new comment goes live at once. Moderators' comments always do; with pre-moderation
 * on, a commenter's first comment waits until one of theirs has been approved.
 */
export function initialCommentStatus(opts: { postsUnmoderated: boolean; premoderation: boolean; hasApprovedComment: boolean }): CommentStatus {
  if (opts.postsUnmoderated || !opts.premoderation || opts.hasApprovedComment) return "APPROVED";
  return "PENDING";
}

/**
 * What the form says once a comment or reply is stored. A comment waiting for a moderator may be
 * the commenter's second or third (none approved yet), so the note does not call it their first.
 */
export function postedMessage(status: CommentStatus, isReply: boolean): string {
  const what = isReply ? "reply" : "comment";
  if (status === "APPROVED") return `Your ${what} was posted.`;
  return `Thanks! Your ${what} is waiting for a moderator; it will appear once approved.`;
}
