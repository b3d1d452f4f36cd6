/**
 * Who is looking, for the parts of cached public pages that depend on it: the protocol between
 * /api/viewer (app/api/viewer/route.ts), which answers, and the islands that ask (the header's
 * account link, a story's comments).
 *
 * The browser asks at most once per page. Without the signed-in hint nobody can be signed in, so
 * a visitor's browser asks nothing. Otherwise the first island to ask starts one request once the
 * browser is idle after hydration; islands asking before it leaves share it, and the story's id,
 * if one asked with it, goes along.
 */
import type { CommentThreadView, CommentViewer } from "@/lib/comments/dto";
import { hasSessionHint } from "@/lib/auth/session-hint";

export const VIEWER_PATH = "/api/viewer";

/** /api/viewer's answer. */
export interface ViewerResponse {
  user: CommentViewer | null;
  /** The story's threads as this reader sees them; null for a visitor or an unknown story. */
  comments: CommentThreadView[] | null;
}

/** The answer for nobody signed in. */
export const VISITOR: ViewerResponse = { user: null, comments: null };

interface Pending {
  articleId: string | null;
  sent: boolean;
  answer: Promise<ViewerResponse>;
}

/** The request not yet answered; later islands (e.g. after a client-side navigation) ask afresh. */
let pending: Pending | null = null;

/** Asks /api/viewer now, for the reader's view of `articleId`'s comments if given. Rejects when the server cannot say. */
export async function fetchViewer(articleId: string | null): Promise<ViewerResponse> {
  const query = articleId ? `?article=${encodeURIComponent(articleId)}` : "";
  const response = await fetch(`${VIEWER_PATH}${query}`, { cache: "no-store" });
  if (!response.ok) throw new Error(`viewer: ${response.status}`);
  return (await response.json()) as ViewerResponse;
}

function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === "function") requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 1);
  });
}

/** Who is looking (and their view of `articleId`'s comments), asked at most once for the islands of one page. */
export function loadViewer(articleId: string | null = null): Promise<ViewerResponse> {
  if (!hasSessionHint(document.cookie)) return Promise.resolve(VISITOR);
  if (pending && !pending.sent && (pending.articleId === null || articleId === null || pending.articleId === articleId)) {
    pending.articleId ??= articleId;
    return pending.answer;
  }
  const request: Pending = { articleId, sent: false, answer: Promise.resolve(VISITOR) };
  request.answer = whenIdle()
    .then(() => {
      request.sent = true;
      return fetchViewer(request.articleId);
    })
    .finally(() => {
      if (pending === request) pending = null;
    });
  pending = request;
  return request.answer;
}
