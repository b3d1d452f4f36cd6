import type { CommentDTO, CommentThreadDTO } from "@/lib/comments/dto";
import { CommentBody } from "@/components/comments/comment-body";
import { CommentForm } from "@/components/comments/comment-form";
import { DeleteCommentForm, EditCommentForm, ReportCommentForm } from "@/components/comments/comment-actions";
import { DateTime } from "@/components/ui/date-time";

export interface CommentViewer {
  banned: boolean;
  notifyReplies: boolean;
}

interface ItemProps {
  comment: CommentDTO;
  viewer: CommentViewer | null;
  basePath: string;
  editing: boolean;
  replyHref: string | null;
}

function CommentItem({ comment, viewer, basePath, editing, replyHref }: ItemProps) {
  if (comment.body === null) {
    return (
      <article className="comment" id={`comment-${comment.id}`}>
        <p className="comment__deleted">[deleted]</p>
      </article>
    );
  }
  const { editable } = comment;
  return (
    <article className={comment.pending ? "comment comment--pending" : "comment"} id={`comment-${comment.id}`}>
      <header className="comment__meta">
        <span className="comment__author">{comment.authorName ?? "[deleted user]"}</span>{" "}
        <a href={`#comment-${comment.id}`} className="comment__time">
          <DateTime date={comment.createdAt} />
        </a>
        {comment.editedAt && <span className="comment__edited"> (edited)</span>}
        {comment.pending && <span className="badge"> Awaiting moderation</span>}
      </header>
      {editing && editable ? (
        <EditCommentForm commentId={comment.id} body={comment.body} cancelHref={`${basePath}#comment-${comment.id}`} />
      ) : (
        <CommentBody body={comment.body} />
      )}
      {viewer && (
        <div className="comment__actions">
          {replyHref && <a href={replyHref}>Reply</a>}
          {editable && !editing && <a href={`${basePath}?edit=${comment.id}#comment-${comment.id}`}>Edit</a>}
          {comment.mine && <DeleteCommentForm commentId={comment.id} />}
          {!comment.mine && !comment.pending && <ReportCommentForm commentId={comment.id} />}
        </div>
      )}
    </article>
  );
}

interface CommentListProps {
  threads: CommentThreadDTO[];
  viewer: CommentViewer | null;
  articleId: string;
  basePath: string;
  canReply: boolean;
  replyTo: string | null;
  editing: string | null;
}

/** Comments in one-level threads, with the viewer's own actions beside each. */
export function CommentList({ threads, viewer, articleId, basePath, canReply, replyTo, editing }: CommentListProps) {
  if (threads.length === 0) return <p className="empty">No comments yet.</p>;
  const replyHref = (c: CommentDTO) => (canReply && !c.pending && c.body !== null ? `${basePath}?reply=${c.id}#reply-${c.id}` : null);
  return (
    <ol className="comments__list" role="list">
      {threads.map((t) => (
        <li key={t.id}>
          <CommentItem comment={t} viewer={viewer} basePath={basePath} editing={editing === t.id} replyHref={replyHref(t)} />
          {t.replies.length > 0 && (
            <ol className="comments__replies" role="list" aria-label={`Replies to ${t.authorName ?? "a deleted comment"}`}>
              {t.replies.map((r) => (
                <li key={r.id}>
                  <CommentItem comment={r} viewer={viewer} basePath={basePath} editing={editing === r.id} replyHref={replyHref(r)} />
                </li>
              ))}
            </ol>
          )}
          {canReply && viewer && replyTo && (replyTo === t.id || t.replies.some((r) => r.id === replyTo)) && (
            <div className="comments__reply-form">
              <CommentForm
                articleId={articleId}
                parentId={replyTo}
                notifyByDefault={viewer.notifyReplies}
                label={`Reply to ${[t, ...t.replies].find((c) => c.id === replyTo)?.authorName ?? "this comment"}`}
              />
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
