import { unsubscribeFromReplies } from "@/lib/comments/notify";
import { verifyUnsubscribeToken } from "@/lib/comments/unsubscribe-token";
import { appSecret, env } from "@/lib/env";
import { withOriginCheck } from "@/lib/request/origin";
import { routeHandler } from "@/lib/request/route";

/**
 * One-click unsubscribe from reply emails. GET is the link in the email; POST is RFC 8058's
 * List-Unsubscribe-Post, sent by mail servers. Both are idempotent and need no sign-in. The POST
 * comes from a mail server with no Origin header, so that is allowed; a foreign Origin is not.
 */
async function unsubscribe(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const commentId = verifyUnsubscribeToken(token, appSecret);
  const done = commentId !== null && (await unsubscribeFromReplies(commentId));
  return Response.redirect(`${env.SITE_URL}/unsubscribed?result=${done ? "ok" : "invalid"}`, 303);
}

export const GET = routeHandler(unsubscribe);
export const POST = routeHandler(withOriginCheck("same-origin-or-none", unsubscribe));
