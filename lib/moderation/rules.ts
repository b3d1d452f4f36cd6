/** What each moderation decision does, as data and pure functions. */

export const COMMENT_DECISIONS = ["approve", "reject", "spam", "dismiss"] as const;
export type CommentDecision = (typeof COMMENT_DECISIONS)[number];

/** Everything a moderator can choose in the queue: a decision about the comments, or banning their authors. */
export const MODERATION_DECISIONS = [...COMMENT_DECISIONS, "ban"] as const;
export type ModerationDecision = (typeof MODERATION_DECISIONS)[number];

/** The longest ban reason kept (the queue's and the users page's forms alike). */
export const BAN_REASON_MAX = 500;

export type CommentStatus = "PENDING" | "APPROVED" | "REJECTED" | "SPAM";

/** The status a decision gives a comment; dismissing a report leaves the status alone. */
export const DECISION_STATUS: Record<CommentDecision, CommentStatus | null> = {
  approve: "APPROVED",
  reject: "REJECTED",
  spam: "SPAM",
  dismiss: null,
};

export const DECISION_AUDIT_ACTION: Record<CommentDecision, string> = {
  approve: "comment.approve",
  reject: "comment.reject",
  spam: "comment.spam",
  dismiss: "comment.dismiss-report",
};

/**
 * Whether a decision changes anything for a comment in this state: a new status, or open
 * reports to resolve. A comment that is already where the decision would put it (another
 * moderator got there first) is skipped rather than logged twice.
 */
export function decisionApplies(decision: CommentDecision, status: CommentStatus, openReports: number): boolean {
  const target = DECISION_STATUS[decision];
  if (target === null) return openReports > 0;
  return status !== target || openReports > 0;
}

const PAST_TENSE: Record<ModerationDecision, string> = {
  approve: "Approved",
  reject: "Rejected",
  spam: "Marked as spam",
  dismiss: "Dismissed the reports on",
  ban: "Banned",
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The confirmation shown after a decision, e.g. "Approved 3 comments. 1 was skipped: …". */
export function describeOutcome(decision: ModerationDecision, done: number, skipped: number): string {
  const noun = decision === "ban" ? plural(done, "commenter", "commenters") : plural(done, "comment", "comments");
  const head = done === 0 ? "Nothing was changed." : `${PAST_TENSE[decision]} ${noun}.`;
  if (skipped === 0) return head;
  const what = decision === "ban" ? plural(skipped, "commenter was", "commenters were") : plural(skipped, "comment was", "comments were");
  const why = decision === "ban" ? "already banned, or their account is gone" : "already decided, deleted or not found";
  return `${head} ${what} skipped (${why}).`;
}
