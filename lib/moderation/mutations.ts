/**
 * Moderators' decisions on comments. Each decided comment is audited in the same transaction
 * as the change; ids come from a form, so unknown, deleted or already-decided comments are
 * skipped (and counted), never trusted.
 */
import "server-only";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/mutations";
import { invalidateArticleComments } from "@/lib/cache/invalidate";
import { notifyReplyRecipient } from "@/lib/comments/notify";
import { recountComments } from "@/lib/comments/mutations";
import { AppError } from "@/lib/errors";
import { DECISION_AUDIT_ACTION, DECISION_STATUS, decisionApplies, type CommentDecision } from "@/lib/moderation/rules";
import { banUserInTx } from "@/lib/users/admin-mutations";

export interface ModerationOutcome {
  /** Comments (or, for bans, commenters) the decision changed. */
  done: number;
  /** Ids that were unknown, deleted, or already in the state the decision asks for. */
  skipped: number;
}

function assertModerator(actor: Actor | null): asserts actor is Actor {
  if (!can(actor, "comment:moderate")) throw new AppError("FORBIDDEN", "You may not moderate comments.");
}

/**
 * Approves, rejects, marks as spam, or dismisses the reports on comments. Every decision
 * resolves the comment's open reports; a new status recounts its article and refreshes the
 * article page; an approved reply may email the person it answers (after the commit).
 */
export async function moderateComments(actor: Actor | null, decision: CommentDecision, commentIds: string[], now = new Date()): Promise<ModerationOutcome> {
  assertModerator(actor);
  const ids = [...new Set(commentIds)];
  const status = DECISION_STATUS[decision];
  const decided = await db.$transaction(async (tx) => {
    const comments = await tx.comment.findMany({
      where: { id: { in: ids }, deletedAt: null },
      select: {
        id: true,
        status: true,
        parentId: true,
        articleId: true,
        article: { select: { slug: true } },
        _count: { select: { reports: { where: { resolvedAt: null } } } },
      },
    });
    const applicable = comments.filter((c) => decisionApplies(decision, c.status, c._count.reports));
    for (const comment of applicable) {
      if (status && status !== comment.status) {
        await tx.comment.update({ where: { id: comment.id }, data: { status, moderatedAt: now, moderatedById: actor.id } });
      }
      await tx.commentReport.updateMany({ where: { commentId: comment.id, resolvedAt: null }, data: { resolvedAt: now } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: DECISION_AUDIT_ACTION[decision],
        targetType: "comment",
        targetId: comment.id,
        detail: { articleId: comment.articleId, from: comment.status, to: status ?? comment.status, reportsResolved: comment._count.reports },
      });
    }
    const changed = applicable.filter((c) => status && status !== c.status);
    for (const articleId of new Set(changed.map((c) => c.articleId))) await recountComments(tx, articleId);
    return { applicable, changed };
  });

  // Readers only ever see approved comments: only a change into or out of APPROVED shows.
  const shown = decided.changed.filter((c) => c.status === "APPROVED" || status === "APPROVED");
  for (const articleId of new Set(shown.map((c) => c.articleId))) await invalidateArticleComments(articleId);
  if (decision === "approve") {
    for (const reply of decided.changed) {
      if (reply.parentId) await notifyReplyRecipient(reply.id, reply.parentId);
    }
  }
  return { done: decided.applicable.length, skipped: ids.length - decided.applicable.length };
}

/**
 * Bans the authors of the given comments (each once), rejecting whatever they have waiting.
 * Comments whose author is gone or already banned are skipped; an author who may moderate, or
 * the moderator themself, refuses the whole batch so nothing half-happens.
 */
export async function banCommentAuthors(actor: Actor | null, commentIds: string[], reason: string, now = new Date()): Promise<ModerationOutcome> {
  assertModerator(actor);
  if (!can(actor, "user:ban")) throw new AppError("FORBIDDEN", "You are not allowed to ban users.");
  return db.$transaction(async (tx) => {
    const ids = [...new Set(commentIds)];
    const comments = await tx.comment.findMany({
      where: { id: { in: ids } },
      select: { user: { select: { id: true, bannedAt: true } } },
    });
    const authors = new Map<string, boolean>();
    for (const { user } of comments) if (user) authors.set(user.id, user.bannedAt !== null);
    const toBan = [...authors].filter(([, banned]) => !banned).map(([id]) => id);
    for (const userId of toBan) await banUserInTx(tx, actor, userId, reason, now);
    const withoutAuthor = ids.length - comments.filter((c) => c.user).length;
    return { done: toBan.length, skipped: withoutAuthor + authors.size - toBan.length };
  });
}
