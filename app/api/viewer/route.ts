/**
 * Who is looking, for the parts of cached public pages that depend on it: the header's account
 * link and a story's comments (the reader's own pending comments and actions). Never cached.
 */
import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import type { CommentThreadView, CommentViewer } from "@/lib/comments/dto";
import { listViewerComments } from "@/lib/comments/queries";
import { toThreadViews } from "@/lib/comments/view";

export interface ViewerResponse {
  user: CommentViewer | null;
  /** The story's threads as this reader sees them; null for a visitor or an unknown story. */
  comments: CommentThreadView[] | null;
}

const PRIVATE = { "Cache-Control": "private, no-store" };

export async function GET(request: NextRequest): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return Response.json({ user: null, comments: null } satisfies ViewerResponse, { headers: PRIVATE });
  const articleId = request.nextUrl.searchParams.get("article");
  const threads = articleId && /^[a-z0-9]{1,40}$/i.test(articleId) ? await listViewerComments(articleId, user.id) : null;
  const body: ViewerResponse = {
    user: { name: user.name, banned: user.banned, notifyReplies: user.notifyReplies },
    comments: threads && toThreadViews(threads),
  };
  return Response.json(body, { headers: PRIVATE });
}
