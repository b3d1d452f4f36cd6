import "server-only";
import { db } from "@/lib/db";
import type { CommentThreadDTO } from "@/lib/comments/dto";
import { buildThreads } from "@/lib/comments/threads";
import type { CommentSort } from "@/lib/comments/sort";
import { COMMENT_EDIT_WINDOW_MS } from "@/lib/auth/permissions";
import { publishedWhere } from "@/lib/articles/published";
import { Prisma, type CommentStatus } from "@/lib/generated/prisma/client";

/** A comment as listPublicComments reads it; `authorId` is null once its author's account is gone. */
interface CommentRow {
  id: string;
  parentId: string | null;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  status: CommentStatus;
  userId: string | null;
  authorId: string | null;
  authorName: string | null;
}

/**
 * The comments of an article as threads: every approved one, plus — for the signed-in viewer —
 * their own comments still awaiting moderation, marked as such.
 */
export async function listPublicComments(
  articleId: string,
  viewerId: string | null = null,
  sort: CommentSort = "oldest",
  now = new Date(),
): Promise<CommentThreadDTO[]> {
  const editableSince = now.getTime() - COMMENT_EDIT_WINDOW_MS;
  // One statement with the commenter's name joined in: through Prisma's relation this was two
  // queries, each compiled afresh on every render of the story.
  const visible = viewerId
    ? Prisma.sql`(c."status" = 'APPROVED' OR (c."status" = 'PENDING' AND c."userId" = ${viewerId} AND c."deletedAt" IS NULL))`
    : Prisma.sql`c."status" = 'APPROVED'`;
  const rows = await db.$queryRaw<CommentRow[]>`
    SELECT c."id", c."parentId", c."body", c."createdAt", c."editedAt", c."deletedAt", c."status", c."userId", u."id" AS "authorId", u."name" AS "authorName"
    FROM "Comment" c LEFT JOIN "User" u ON u."id" = c."userId"
    WHERE c."articleId" = ${articleId} AND ${visible}
    ORDER BY c."createdAt" ASC, c."id" ASC`;
  const threads = buildThreads(
    rows.map((row) => ({
      id: row.id,
      parentId: row.parentId,
      mine: viewerId !== null && row.userId === viewerId,
      pending: row.status === "PENDING",
      editable: viewerId !== null && row.userId === viewerId && !row.deletedAt && row.createdAt.getTime() >= editableSince,
      authorName: row.authorId === null ? null : row.authorName || "Reader",
      body: row.deletedAt ? null : row.body,
      createdAt: row.createdAt,
      editedAt: row.editedAt,
    })),
  );
  return sort === "newest" ? threads.reverse() : threads;
}

/** The threads as a signed-in reader sees them (with their own pending comments), for a published story only. */
export async function listViewerComments(articleId: string, viewerId: string): Promise<CommentThreadDTO[] | null> {
  const article = await db.article.findFirst({ where: { id: articleId, ...publishedWhere() }, select: { id: true } });
  return article ? listPublicComments(article.id, viewerId) : null;
}
