/**
 * The comments of a story: heading, the form or what stands in for it, sorting and the threads
 * with the viewer's own actions. Drawn on the server by the discussion page and in the browser
 * by the story page's island (comments-island.tsx), so it uses nothing server-only.
 *
 * Links that change what is shown (sorting, opening a reply or edit form) lead to the story's
 * discussion page, which renders per request; the story page itself stays cached.
 */
import type { CommentThreadView, CommentView, CommentViewer } from "@/lib/comments/dto";
import type { CommentSort } from "@/lib/comments/sort";
import { CommentBody } from "@/components/comments/comment-body";
import { CommentForm } from "@/components/comments/comment-form";
import { DeleteCommentForm, EditCommentForm, ReportCommentForm } from "@/components/comments/comment-actions";

export interface CommentsArticle {
  id: string;
  slug: string;
  commentsOpen: boolean;
  commentCount: number;
}

export interface CommentsViewProps {
  article: CommentsArticle;
  threads: CommentThreadView[];
  /** The signed-in reader, or null for a visitor (or while the browser is still asking). */
  viewer: CommentViewer | null;
  /** The discussion page's path: sorting, replying and editing link there. */
  discussionPath: string;
  /** Where "Sign in to comment" leads. */
  signInHref: string;
  sort: CommentSort;
  /** The comment a reply form is open under, and the comment being edited. */
  replyTo: string | null;
  editing: string | null;
}

interface ItemProps {
  comment: CommentView;
  viewer: CommentViewer | null;
  discussionPath: string;
  editing: boolean;
  replyHref: string | null;
}

function CommentItem({ comment, viewer, discussionPath, editing, replyHref }: ItemProps) {
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
          <time dateTime={comment.createdAt}>{comment.createdAtText}</time>
        </a>
        {comment.edited && <span className="comment__edited"> (edited)</span>}
        {comment.pending && <span className="badge"> Awaiting moderation</span>}
      </header>
      {editing && editable ? (
        <EditCommentForm commentId={comment.id} body={comment.body} cancelHref={`${discussionPath}#comment-${comment.id}`} />
      ) : (
        <CommentBody body={comment.body} />
      )}
      {viewer && (
        <div className="comment__actions">
          {replyHref && <a href={replyHref}>Reply</a>}
          {editable && !editing && <a href={`${discussionPath}?edit=${comment.id}#comment-${comment.id}`}>Edit</a>}
          {comment.mine && <DeleteCommentForm commentId={comment.id} />}
          {!comment.mine && !comment.pending && <ReportCommentForm commentId={comment.id} />}
        </div>
      )}
    </article>
  );
}

export function CommentsView({ article, threads, viewer, discussionPath, signInHref, sort, replyTo, editing }: CommentsViewProps) {
  const count = article.commentCount;
  const canReply = article.commentsOpen && Boolean(viewer && !viewer.banned);
  const replyHref = (c: CommentView) =>
    canReply && !c.pending && c.body !== null ? `${discussionPath}?reply=${c.id}#reply-${c.id}` : null;
  return (
    <section id="comments" className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">
        {count} {count === 1 ? "comment" : "comments"}
      </h2>
      {!article.commentsOpen ? (
        <p className="comments__closed">Comments are closed on this story.</p>
      ) : !viewer ? (
        <p className="comments__signin">
          <a href={signInHref}>Sign in to comment</a> — we will email you a link, no password needed.
        </p>
      ) : viewer.banned ? (
        <p className="comments__closed">Your account can no longer post comments.</p>
      ) : (
        <CommentForm articleId={article.id} notifyByDefault={viewer.notifyReplies} />
      )}
      {threads.length > 1 && (
        <p className="comments__sort">
          Sort:{" "}
          {sort === "oldest" ? (
            <strong aria-current="true">Oldest first</strong>
          ) : (
            <a href={`${discussionPath}#comments`}>Oldest first</a>
          )}{" "}
          ·{" "}
          {sort === "newest" ? (
            <strong aria-current="true">Newest first</strong>
          ) : (
            <a href={`${discussionPath}?comments=newest#comments`}>Newest first</a>
          )}
        </p>
      )}
      {threads.length === 0 ? (
        <p className="empty">No comments yet.</p>
      ) : (
        <ol className="comments__list" role="list">
          {threads.map((t) => (
            <li key={t.id}>
              <CommentItem comment={t} viewer={viewer} discussionPath={discussionPath} editing={editing === t.id} replyHref={replyHref(t)} />
              {t.replies.length > 0 && (
                <ol className="comments__replies" role="list" aria-label={`Replies to ${t.authorName ?? "a deleted comment"}`}>
                  {t.replies.map((r) => (
                    <li key={r.id}>
                      <CommentItem comment={r} viewer={viewer} discussionPath={discussionPath} editing={editing === r.id} replyHref={replyHref(r)} />
                    </li>
                  ))}
                </ol>
              )}
              {canReply && viewer && replyTo && (replyTo === t.id || t.replies.some((r) => r.id === replyTo)) && (
                <div className="comments__reply-form">
                  <CommentForm
                    articleId={article.id}
                    parentId={replyTo}
                    notifyByDefault={viewer.notifyReplies}
                    label={`Reply to ${[t, ...t.replies].find((c) => c.id === replyTo)?.authorName ?? "this comment"}`}
                  />
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
