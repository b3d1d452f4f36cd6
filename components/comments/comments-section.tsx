import Link from "next/link";
import type { CommentThreadDTO } from "@/lib/comments/dto";
import type { CommentSort } from "@/lib/comments/sort";
import { CommentForm } from "@/components/comments/comment-form";
import { CommentList, type CommentViewer } from "@/components/comments/comment-list";
import { articlePath } from "@/lib/site/urls";

interface CommentsSectionProps {
  article: { id: string; slug: string; commentsOpen: boolean; commentCount: number };
  threads: CommentThreadDTO[];
  viewer: CommentViewer | null;
  sort: CommentSort;
  /** The thread a reply form is open under (`?reply=`), and the comment being edited (`?edit=`). */
  replyTo: string | null;
  editing: string | null;
}

export function CommentsSection({ article, threads, viewer, sort, replyTo, editing }: CommentsSectionProps) {
  const base = articlePath(article.slug);
  const count = article.commentCount;
  return (
    <section id="comments" className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">
        {count} {count === 1 ? "comment" : "comments"}
      </h2>
      {!article.commentsOpen ? (
        <p className="comments__closed">Comments are closed on this story.</p>
      ) : !viewer ? (
        <p className="comments__signin">
          <Link href={`/signin?callbackUrl=${encodeURIComponent(`${base}#comments`)}`}>Sign in to comment</Link> — we will
          email you a link, no password needed.
        </p>
      ) : viewer.banned ? (
        <p className="comments__closed">Your account can no longer post comments.</p>
      ) : (
        <CommentForm articleId={article.id} notifyByDefault={viewer.notifyReplies} />
      )}
      {threads.length > 1 && (
        <p className="comments__sort">
          Sort:{" "}
          {sort === "oldest" ? <strong aria-current="true">Oldest first</strong> : <Link href={`${base}#comments`}>Oldest first</Link>} ·{" "}
          {sort === "newest" ? (
            <strong aria-current="true">Newest first</strong>
          ) : (
            <Link href={`${base}?comments=newest#comments`}>Newest first</Link>
          )}
        </p>
      )}
      <CommentList
        threads={threads}
        viewer={viewer}
        articleId={article.id}
        basePath={base}
        canReply={article.commentsOpen && Boolean(viewer && !viewer.banned)}
        replyTo={replyTo}
        editing={editing}
      />
    </section>
  );
}
