import "server-only";
import { db } from "@/lib/db";
import type { CommentThreadDTO } from "@/lib/comments/dto";
import { buildThreads } from "@/lib/comments/threads";

/** The approved comments of an article as threads, oldest first. */
export async function listPublicComments(articleId: string): Promise<CommentThreadDTO[]> {
  const rows = await db.comment.findMany({
    where: { articleId, status: "APPROVED" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      parentId: true,
      body: true,
      createdAt: true,
      editedAt: true,
      deletedAt: true,
      user: { select: { name: true } },
    },
  });
  return buildThreads(
    rows.map((row) => ({
      id: row.id,
      parentId: row.parentId,
      authorName: row.user ? row.user.name || "Reader" : null,
      body: row.deletedAt ? null : row.body,
      createdAt: row.createdAt,
      editedAt: row.editedAt,
    })),
  );
}
