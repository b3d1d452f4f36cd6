"use client";

import { startTransition, useCallback, useEffect, useState, type ReactNode } from "react";
import type { CommentThreadView, CommentViewer } from "@/lib/comments/dto";
import { CommentsView, type CommentsArticle } from "@/components/comments/comments-view";
import { fetchViewer, loadViewer, type ViewerResponse } from "@/lib/comments/viewer";
import { CommentsRefreshContext } from "@/components/comments/comments-refresh";

interface CommentsIslandProps {
  article: CommentsArticle;
  discussionPath: string;
  signInHref: string;
  /** The visitor's view, drawn on the server: kept as it came unless a reader is signed in. */
  children: ReactNode;
}

type ReaderView = { viewer: CommentViewer; threads: CommentThreadView[] } | { viewer: null };

/** The reader's view of a story's comments from /api/viewer's answer; `{ viewer: null }` for a visitor. */
function readerView(data: ViewerResponse): ReaderView {
  return data.user && data.comments ? { viewer: data.user, threads: data.comments } : { viewer: null };
}

/**
 * The part of a cached story page that depends on who is looking. The page arrives the same for
 * everyone (the visitor's view, drawn on the server and passed in as children, so a visitor's
 * browser runs none of its code); in the browser this asks who the reader is (with the header, in
 * one request, and only when someone may be signed in: lib/comments/viewer.ts) and, for a
 * signed-in reader, draws the form, their own comments awaiting moderation and their actions
 * in its place. "Sign in to comment" leads, once signed in, to the discussion page, which
 * renders all of that on the server, with or without JavaScript.
 */
export function CommentsIsland({ article, discussionPath, signInHref, children }: CommentsIslandProps) {
  // Unknown until the server answers: the page stays as it came.
  const [personal, setPersonal] = useState<ReaderView | null>(null);

  // After the reader's own action: ask again, at once.
  const load = useCallback(() => {
    fetchViewer(article.id).then((data) => setPersonal(readerView(data)), () => {});
  }, [article.id]);

  useEffect(() => {
    let live = true;
    loadViewer(article.id).then(
      (data) => {
        // A visitor's page stays as it came: nothing to draw again.
        if (live && data.user) startTransition(() => setPersonal(readerView(data)));
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [article.id]);

  // The reader's form and actions make the section taller once they arrive: keep a comment the
  // address points at (e.g. from a reply notification) in view.
  const signedIn = Boolean(personal?.viewer);
  useEffect(() => {
    const target = signedIn && window.location.hash.startsWith("#comment-") ? document.getElementById(window.location.hash.slice(1)) : null;
    target?.scrollIntoView();
  }, [signedIn]);

  return (
    <CommentsRefreshContext value={load}>
      {personal?.viewer ? (
        <CommentsView
          article={article}
          threads={personal.threads}
          viewer={personal.viewer}
          discussionPath={discussionPath}
          signInHref={signInHref}
          sort="oldest"
          replyTo={null}
          editing={null}
        />
      ) : (
        children
      )}
    </CommentsRefreshContext>
  );
}
