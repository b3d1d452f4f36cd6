/**
 * Extra rows for the moderation, users and dashboard integration tests (beside the shared
 * test/factories.ts). Tests only.
 */
import { db } from "@/lib/db";
import type { Actor, Role } from "@/lib/auth/permissions";
import { createUser } from "@/test/factories";

/** A user of this role, as the mutations see them. */
export async function createActor(role: Role, overrides: { banned?: boolean } = {}): Promise<Actor> {
  const user = await createUser({ role });
  if (overrides.banned) await db.user.update({ where: { id: user.id }, data: { bannedAt: new Date(), banReason: "test" } });
  return { id: user.id, role, banned: overrides.banned ?? false };
}

/** A report on a comment by a new reader. */
export async function createReport(commentId: string, reason = "") {
  const reporter = await createUser();
  return db.commentReport.create({ data: { commentId, reporterId: reporter.id, reason } });
}

/**
 * Everything a moderation or user mutation could change, to show that a refused call changed
 * nothing at all.
 */
export async function databaseSnapshot() {
  const [comments, reports, users, articles, audit] = await Promise.all([
    db.comment.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, moderatedAt: true, moderatedById: true, deletedAt: true } }),
    db.commentReport.findMany({ orderBy: { id: "asc" }, select: { id: true, resolvedAt: true } }),
    db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, role: true, bannedAt: true, banReason: true } }),
    db.article.findMany({ orderBy: { id: "asc" }, select: { id: true, commentCount: true } }),
    db.auditEvent.count(),
  ]);
  return { comments, reports, users, articles, audit };
}
