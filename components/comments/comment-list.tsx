import type { CommentDTO, CommentThreadDTO } from "@/lib/comments/dto";
import { CommentBody } from "@/components/comments/comment-body";
import { DateTime } from "@/components/ui/date-time";

function CommentItem({ comment }: { comment: CommentDTO }) {
  return (
    <article className="comment" id={`comment-${comment.id}`}>
      {comment.body === null ? (
        <p className="comment__deleted">[deleted]</p>
      ) : (
        <>
          <header className="comment__meta">
            <span className="comment__author">{comment.authorName ?? "[deleted user]"}</span>{" "}
            <a href={`#comment-${comment.id}`} className="comment__time">
              <DateTime date={comment.createdAt} />
            </a>
            {comment.editedAt && <span className="comment__edited"> (edited)</span>}
          </header>
          <CommentBody body={comment.body} />
        </>
      )}
    </article>
  );
}

/** Approved comments in one-level threads. */
export function CommentList({ threads }: { threads: CommentThreadDTO[] }) {
  if (threads.length === 0) return <p className="empty">No comments yet.</p>;
  return (
    <ol className="comments__list" role="list">
      {threads.map((t) => (
        <li key={t.id}>
          <CommentItem comment={t} />
          {t.replies.length > 0 && (
            <ol className="comments__replies" role="list" aria-label="Replies">
              {t.replies.map((r) => (
                <li key={r.id}>
                  <CommentItem comment={r} />
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ol>
  );
}
