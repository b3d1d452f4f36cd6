/**
 * Writing comments. Every rule of the comment policy is enforced here, on the server, whatever
 * called it; each refusal is an AppError whose message the form shows beside the kept text.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { canDeleteComment, canEditComment, canReportComment, can, type Actor } from "@/lib/auth/permissions";
import { publishedWhere } from "@/lib/articles/published";
import { invalidateArticleComments } from "@/lib/cache/invalidate";
import { takeTurns } from "@/lib/dialect";
import { firstBrokenRule } from "@/lib/rate-limit/rules";
import { getBooleanSetting } from "@/lib/settings/queries";
import { COMMENT_RATE_RULES, DUPLICATE_WINDOW_MS, initialCommentStatus, threadRootId } from "@/lib/comments/rules";
import { notifyReplyRecipient } from "@/lib/comments/notify";

type Tx = Prisma.TransactionClient;

/**
 * Comment posts take turns between counting the limits and storing (on PostgreSQL; SQLite writers
 * always do), so comments that arrive at once cannot all count the same earlier ones.
 */
const POSTING_TURNS = takeTurns(0x434f4d4d);

export interface PostCommentInput {
  articleId: string;
  parentId?: string;
  body: string;
  notifyReplies: boolean;
}

export interface PostedComment {
  id: string;
  status: "PENDING" | "APPROVED";
}

async function assertWithinLimits(tx: Tx, where: Prisma.CommentWhereInput, now: Date): Promise<void> {
  const counts = await Promise.all(
    COMMENT_RATE_RULES.map((rule) => tx.comment.count({ where: { ...where, createdAt: { gt: new Date(now.getTime() - rule.windowMs) } } })),
  );
  const broken = firstBrokenRule(COMMENT_RATE_RULES, counts);
  if (broken) throw new AppError("RATE_LIMITED", broken.message);
}

/** Recounts an article's visible comments (approved, not deleted) for cards and the article header. */
export async function recountComments(tx: Tx, articleId: string): Promise<void> {
  const commentCount = await tx.comment.count({ where: { articleId, status: "APPROVED", deletedAt: null } });
  await tx.article.update({ where: { id: articleId }, data: { commentCount } });
}

export async function postComment(actor: Actor, input: PostCommentInput, clientHash: string, now = new Date()): Promise<PostedComment> {
  if (!can(actor, "comment:create")) {
    throw new AppError("FORBIDDEN", actor.banned ? "Your account may no longer post comments." : "You may not post comments.");
  }
  const premoderation = await getBooleanSetting("comments.premoderation");
  const result = await db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({
      where: { id: input.articleId, ...publishedWhere(now) },
      select: { id: true, slug: true, commentsOpen: true },
    });
    if (!article) throw new AppError("NOT_FOUND", "That article is not available for comments.");
    if (!article.commentsOpen) throw new AppError("CONFLICT", "Comments are closed on this article.");

    let parentId: string | null = null;
    let parentForNotice: string | null = null;
    if (input.parentId) {
      const parent = await tx.comment.findFirst({
        where: { id: input.parentId, articleId: article.id, status: "APPROVED", deletedAt: null },
        select: { id: true, parentId: true },
      });
      if (!parent) throw new AppError("NOT_FOUND", "The comment you are replying to is no longer available.");
      parentId = threadRootId(parent);
      parentForNotice = parent.id;
    }

    if (POSTING_TURNS) await tx.$executeRaw(POSTING_TURNS);
    await assertWithinLimits(tx, { userId: actor.id }, now);
    await assertWithinLimits(tx, { clientHash }, now);
    // A comment its author deleted is gone from the thread: posting its words again is no repeat.
    const duplicate = await tx.comment.findFirst({
      where: { userId: actor.id, body: input.body, deletedAt: null, createdAt: { gt: new Date(now.getTime() - DUPLICATE_WINDOW_MS) } },
      select: { id: true },
    });
    if (duplicate) throw new AppError("CONFLICT", "You posted this same comment a moment ago.");

    const hasApprovedComment =
      (await tx.comment.count({ where: { userId: actor.id, status: "APPROVED" }, take: 1 })) > 0;
    const status = initialCommentStatus({ postsUnmoderated: can(actor, "comment:post-unmoderated"), premoderation, hasApprovedComment });
    const comment = await tx.comment.create({
      data: {
        articleId: article.id,
        userId: actor.id,
        parentId,
        body: input.body,
        status,
        notifyReplies: input.notifyReplies,
        clientHash,
        createdAt: now,
      },
      select: { id: true, status: true },
    });
    await tx.user.update({ where: { id: actor.id }, data: { notifyReplies: input.notifyReplies } });
    if (status === "APPROVED") await recountComments(tx, article.id);
    return { comment, articleId: article.id, parentForNotice };
  });
  if (result.comment.status === "APPROVED") {
    await invalidateArticleComments(result.articleId);
    if (result.parentForNotice) await notifyReplyRecipient(result.comment.id, result.parentForNotice);
  }
  return { id: result.comment.id, status: result.comment.status as PostedComment["status"] };
}

async function loadOwnable(commentId: string) {
  const comment = await db.comment.findUnique({
    where: { id: commentId },
    select: { id: true, userId: true, createdAt: true, deletedAt: true, articleId: true, article: { select: { slug: true } } },
  });
  if (!comment) throw new AppError("NOT_FOUND", "That comment no longer exists.");
  return { ...comment, facts: { userId: comment.userId, createdAt: comment.createdAt, deleted: comment.deletedAt !== null } };
}

/** Returns the article's slug, to go back to it. */
export async function editComment(actor: Actor, commentId: string, body: string, now = new Date()): Promise<string> {
  const comment = await loadOwnable(commentId);
  if (comment.userId !== actor.id) throw new AppError("FORBIDDEN", "You can only edit your own comments.");
  if (!canEditComment(actor, comment.facts, now)) {
    throw new AppError("FORBIDDEN", "Comments can only be edited for 15 minutes after posting.");
  }
  await db.comment.update({ where: { id: commentId }, data: { body, editedAt: now } });
  await invalidateArticleComments(comment.articleId);
  return comment.article.slug;
}

/** Soft delete: a comment with replies stays as "[deleted]" so the thread survives. */
export async function deleteComment(actor: Actor, commentId: string, now = new Date()): Promise<void> {
  const comment = await loadOwnable(commentId);
  if (!canDeleteComment(actor, comment.facts)) throw new AppError("FORBIDDEN", "You can only delete your own comments.");
  await db.$transaction(async (tx) => {
    await tx.comment.update({ where: { id: commentId }, data: { deletedAt: now, notifyReplies: false } });
    await recountComments(tx, comment.articleId);
  });
  await invalidateArticleComments(comment.articleId);
}

/** A report puts the comment in the moderation queue; one report per person per comment. */
export async function reportComment(actor: Actor, commentId: string, reason: string): Promise<void> {
  const comment = await loadOwnable(commentId);
  if (!canReportComment(actor, comment.facts)) throw new AppError("FORBIDDEN", "You cannot report this comment.");
  await db.commentReport.upsert({
    where: { commentId_reporterId: { commentId, reporterId: actor.id } },
    create: { commentId, reporterId: actor.id, reason },
    update: { reason, resolvedAt: null },
  });
}
