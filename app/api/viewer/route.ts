/**
 * Who is looking, for the parts of cached public pages that depend on it: the header's account
 * link and a story's comments (the reader's own pending comments and actions). Never cached.
 * The protocol, and the browser's side of it, is lib/comments/viewer.ts.
 *
 * Browsers ask only while the signed-in hint is there (lib/auth/session-hint.ts), and this keeps
 * the hint true to the session: it clears a hint no session stands behind, and gives one to a
 * session that has none (one begun before the hint existed).
 */
import type { NextRequest } from "next/server";
import { SESSION_MAX_AGE_S, hintCookie } from "@/lib/auth/cookies";
import { SESSION_HINT_COOKIE } from "@/lib/auth/session-hint";
import { getCurrentUser } from "@/lib/auth/session";
import { listViewerComments } from "@/lib/comments/queries";
import { VISITOR, type ViewerResponse } from "@/lib/comments/viewer";
import { toThreadViews } from "@/lib/comments/view";
import { idParam } from "@/lib/forms";
import { routeHandler } from "@/lib/request/route";

const PRIVATE = { "Cache-Control": "private, no-store" };

export const GET = routeHandler(async (request: NextRequest): Promise<Response> => {
  const user = await getCurrentUser();
  const hinted = request.cookies.has(SESSION_HINT_COOKIE);
  if (!user) {
    const response = Response.json(VISITOR, { headers: PRIVATE });
    if (hinted) response.headers.append("Set-Cookie", hintCookie(null));
    return response;
  }
  const articleId = idParam(request.nextUrl.searchParams.get("article"));
  const threads = articleId ? await listViewerComments(articleId, user.id) : null;
  const body: ViewerResponse = {
    user: { name: user.name, banned: user.banned, notifyReplies: user.notifyReplies },
    comments: threads && toThreadViews(threads),
  };
  const response = Response.json(body, { headers: PRIVATE });
  // At most as long as a session lasts; if this one ends sooner, the next ask clears the hint.
  if (!hinted) response.headers.append("Set-Cookie", hintCookie(new Date(Date.now() + SESSION_MAX_AGE_S * 1000)));
  return response;
});
