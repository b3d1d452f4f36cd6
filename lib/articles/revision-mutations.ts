/** Deciding pending changes to live stories, restoring old revisions, and corrections. */
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, canEditArticle, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/mutations";
import { invalidateArticle } from "@/lib/cache/invalidate";
import { assertReferencesExist, writeContent } from "@/lib/articles/content-writes";
import { contentSelect, fromRevisionColumns, toRevisionColumns } from "@/lib/articles/snapshot";

const forbidden = () => new AppError("FORBIDDEN", "You are not allowed to do that.");

async function loadRevision(revisionId: string) {
  const revision = await db.revision.findUnique({
    where: { id: revisionId },
    select: { id: true, articleId: true, state: true, title: true, slug: true, standfirst: true, body: true, meta: true },
  });
  if (!revision) throw new AppError("NOT_FOUND", "That revision no longer exists.");
  return revision;
}

/**
 * Approves a pending change to a live story: the swap is one transaction, so readers see the
 * old version or the new one, never neither. Only a substantive change moves "Updated".
 */
export async function approveRevision(actor: Actor, revisionId: string, changeKind: "MINOR" | "SUBSTANTIVE", now = new Date()): Promise<{ articleId: string; slug: string }> {
  if (!can(actor, "article:approve-revision")) throw forbidden();
  const revision = await loadRevision(revisionId);
  const slug = await db.$transaction(async (tx) => {
    const fresh = await tx.revision.findUnique({ where: { id: revisionId }, select: { state: true } });
    if (fresh?.state !== "PENDING") throw new AppError("CONFLICT", "This change was already decided.");
    const article = await tx.article.findUniqueOrThrow({ where: { id: revision.articleId }, select: contentSelect });
    if (article.status !== "PUBLISHED") throw new AppError("CONFLICT", "The article is no longer published; edit it directly instead.");
    const snapshot = fromRevisionColumns(revision);
    await assertReferencesExist(tx, snapshot);
    await writeContent(tx, article, snapshot, changeKind === "SUBSTANTIVE" ? { modifiedAt: now } : {});
    await tx.revision.update({ where: { id: revisionId }, data: { state: "APPLIED", changeKind, decidedAt: now } });
    await recordAudit(tx, { actorId: actor.id, action: "article.revision.approve", targetType: "article", targetId: article.id, detail: { revisionId, changeKind } });
    return snapshot.slug;
  });
  await invalidateArticle(revision.articleId);
  return { articleId: revision.articleId, slug };
}

/** Returns the article's id. */
export async function rejectRevision(actor: Actor, revisionId: string, now = new Date()): Promise<string> {
  if (!can(actor, "article:approve-revision")) throw forbidden();
  const revision = await loadRevision(revisionId);
  await db.$transaction(async (tx) => {
    const { count } = await tx.revision.updateMany({ where: { id: revisionId, state: "PENDING" }, data: { state: "REJECTED", decidedAt: now } });
    if (count === 0) throw new AppError("CONFLICT", "This change was already decided.");
    await recordAudit(tx, { actorId: actor.id, action: "article.revision.reject", targetType: "article", targetId: revision.articleId, detail: { revisionId } });
  });
  return revision.articleId;
}

/**
 * Restoring is itself a new revision. On a live story it becomes a pending change to approve;
 * otherwise the article takes the old content at once.
 */
export async function restoreRevision(actor: Actor, revisionId: string): Promise<{ articleId: string; pending: boolean }> {
  const revision = await loadRevision(revisionId);
  const result = await db.$transaction(async (tx) => {
    const article = await tx.article.findUniqueOrThrow({ where: { id: revision.articleId }, select: contentSelect });
    if (!canEditArticle(actor, { status: article.status, createdById: article.createdById })) throw forbidden();
    const snapshot = fromRevisionColumns(revision);
    await assertReferencesExist(tx, snapshot);
    const slugOwner = await tx.article.findUnique({ where: { slug: snapshot.slug }, select: { id: true } });
    if (slugOwner && slugOwner.id !== article.id) throw new AppError("CONFLICT", "Another article now uses this revision's slug.");
    const pending = article.status === "PUBLISHED";
    if (pending) {
      await tx.revision.updateMany({ where: { articleId: article.id, state: "PENDING" }, data: { state: "REJECTED", note: "Superseded by a restore" } });
      await tx.article.update({ where: { id: article.id }, data: { version: { increment: 1 } } });
    } else {
      await writeContent(tx, article, snapshot);
    }
    await tx.revision.create({
      data: { articleId: article.id, state: pending ? "PENDING" : "SAVED", restoredFromId: revision.id, note: "Restored from an earlier revision", createdById: actor.id, ...toRevisionColumns(snapshot) },
    });
    await recordAudit(tx, { actorId: actor.id, action: "article.restore", targetType: "article", targetId: article.id, detail: { revisionId, pending } });
    return { articleId: article.id, pending };
  });
  return result;
}

/** A dated correction note on a published story, shown on it and on /corrections. */
export async function addCorrection(actor: Actor, articleId: string, body: string, now = new Date()): Promise<void> {
  if (!can(actor, "article:correct")) throw forbidden();
  await db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { status: true } });
    if (!article) throw new AppError("NOT_FOUND", "That article no longer exists.");
    if (article.status !== "PUBLISHED") throw new AppError("CONFLICT", "Corrections are for published stories.");
    const correction = await tx.correction.create({ data: { articleId, body, createdById: actor.id, createdAt: now }, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: "article.correct", targetType: "article", targetId: articleId, detail: { correctionId: correction.id } });
  });
  await invalidateArticle(articleId);
}
