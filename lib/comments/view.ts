/** Comment threads as pages draw them (see CommentView). */
import "server-only";
import type { CommentDTO, CommentThreadDTO, CommentThreadView, CommentView } from "@/lib/comments/dto";
import { formatDateTime } from "@/lib/site/dates";

function toView({ createdAt, editedAt, ...rest }: CommentDTO): CommentView {
  return { ...rest, createdAt: createdAt.toISOString(), createdAtText: formatDateTime(createdAt), edited: editedAt !== null };
}

export function toThreadViews(threads: readonly CommentThreadDTO[]): CommentThreadView[] {
  return threads.map((t) => ({ ...toView(t), replies: t.replies.map(toView) }));
}
