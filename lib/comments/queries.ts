import "server-only";
import { db } from "@/lib/db";
import type { CommentThreadDTO } from "@/lib/comments/dto";
import { buildThreads } from "@/lib/comments/threads";
import type { CommentSort } from "@/lib/comments/sort";
import { COMMENT_EDIT_WINDOW_MS } from "@/lib/auth/permissions";
import { publishedWhere } from "@/lib/articles/select";

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
  const rows = await db.comment.findMany({
    where: viewerId
      ? { articleId, OR: [{ status: "APPROVED" }, { status: "PENDING", userId: viewerId, deletedAt: null }] }
      : { articleId, status: "APPROVED" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      parentId: true,
      body: true,
      createdAt: true,
      editedAt: true,
      deletedAt: true,
      status: true,
      userId: true,
      user: { select: { name: true } },
    },
  });
  const threads = buildThreads(
    rows.map((row) => ({
      id: row.id,
      parentId: row.parentId,
      mine: viewerId !== null && row.userId === viewerId,
      pending: row.status === "PENDING",
      editable: viewerId !== null && row.userId === viewerId && !row.deletedAt && row.createdAt.getTime() >= editableSince,
      authorName: row.user ? row.user.name || "Reader" : null,
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
