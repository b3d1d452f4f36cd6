/** Builds one-level threads from a flat, oldest-first list of visible comments. Pure. */
import type { CommentDTO, CommentThreadDTO } from "@/lib/comments/dto";

export interface FlatComment extends CommentDTO {
  parentId: string | null;
}

export function buildThreads(comments: FlatComment[]): CommentThreadDTO[] {
  const threads = new Map<string, CommentThreadDTO>();
  for (const { parentId, ...comment } of comments) {
    if (parentId === null) threads.set(comment.id, { ...comment, replies: [] });
  }
  for (const { parentId, ...comment } of comments) {
    if (parentId !== null) threads.get(parentId)?.replies.push(comment);
  }
  // A deleted comment stays only as the "[deleted]" head of a thread that still has replies.
  return [...threads.values()]
    .map((t) => ({ ...t, replies: t.replies.filter((r) => r.body !== null) }))
    .filter((t) => t.body !== null || t.replies.length > 0);
}
