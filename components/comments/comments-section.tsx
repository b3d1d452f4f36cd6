import type { CommentThreadDTO } from "@/lib/comments/dto";
import { CommentList } from "@/components/comments/comment-list";

export function CommentsSection({ threads, count, open }: { threads: CommentThreadDTO[]; count: number; open: boolean }) {
  return (
    <section id="comments" className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">
        {count} {count === 1 ? "comment" : "comments"}
      </h2>
      {!open && <p className="comments__closed">Comments are closed on this story.</p>}
      <CommentList threads={threads} />
    </section>
  );
}
