"use client";

import { useCallback, useEffect, useState } from "react";
import type { CommentThreadView, CommentViewer } from "@/lib/comments/dto";
import type { ViewerResponse } from "@/app/api/viewer/route";
import { CommentsView, type CommentsArticle } from "@/components/comments/comments-view";
import { CommentsRefreshContext } from "@/components/comments/comments-refresh";

interface CommentsIslandProps {
  article: CommentsArticle;
  /** The approved threads, as the cached page was drawn with them. */
  threads: CommentThreadView[];
  discussionPath: string;
  signInHref: string;
}

/** The reader's view of a story's comments, or null for a visitor (or when the server cannot say). */
async function viewerComments(articleId: string): Promise<{ viewer: CommentViewer; threads: CommentThreadView[] } | null> {
  const response = await fetch(`/api/viewer?article=${encodeURIComponent(articleId)}`, { cache: "no-store" });
  if (!response.ok) return null;
  const data = (await response.json()) as ViewerResponse;
  return data.user && data.comments ? { viewer: data.user, threads: data.comments } : null;
}

/**
 * The part of a cached story page that depends on who is looking. The page arrives the same for
 * everyone (the visitor's view: approved comments, "Sign in to comment"); in the browser this
 * asks /api/viewer who the reader is and, for a signed-in reader, draws the form, their own
 * comments awaiting moderation and their actions. Without JavaScript the sign-in link leads,
 * once signed in, to the discussion page, which renders all of that on the server.
 */
export function CommentsIsland({ article, threads, discussionPath, signInHref }: CommentsIslandProps) {
  const [personal, setPersonal] = useState<{ viewer: CommentViewer; threads: CommentThreadView[] } | null>(null);

  const load = useCallback(() => {
    viewerComments(article.id).then((view) => setPersonal(view), () => {});
  }, [article.id]);

  useEffect(() => {
    let live = true;
    viewerComments(article.id).then(
      (view) => live && setPersonal(view),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [article.id]);

  return (
    <CommentsRefreshContext value={load}>
      <CommentsView
        article={article}
        threads={personal?.threads ?? threads}
        viewer={personal?.viewer ?? null}
        discussionPath={discussionPath}
        signInHref={signInHref}
        sort="oldest"
        replyTo={null}
        editing={null}
      />
    </CommentsRefreshContext>
  );
}
