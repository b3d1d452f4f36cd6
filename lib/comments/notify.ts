/** Reply notifications: the email a commenter opted in to, with a one-click unsubscribe link. */
import "server-only";
import { db } from "@/lib/db";
import { appSecret, env } from "@/lib/env";
import { log } from "@/lib/log";
import { sendMail } from "@/lib/mail/send";
import { createUnsubscribeToken } from "@/lib/comments/unsubscribe-token";
import { absoluteUrl, articlePath } from "@/lib/site/urls";

export function unsubscribeUrl(commentId: string): string {
  return absoluteUrl(`/unsubscribe?token=${createUnsubscribeToken(commentId, appSecret)}`);
}

/**
 * Tells the author of `parentCommentId` about an approved reply, if they asked to be told,
 * still have an account, and did not write the reply themselves. Mail failures are logged,
 * never passed on to the person replying.
 */
export async function notifyReplyRecipient(replyId: string, parentCommentId: string): Promise<void> {
  const [parent, reply] = await Promise.all([
    db.comment.findUnique({
      where: { id: parentCommentId },
      select: { id: true, notifyReplies: true, deletedAt: true, user: { select: { id: true, email: true, name: true } } },
    }),
    db.comment.findUnique({
      where: { id: replyId },
      select: { id: true, body: true, status: true, userId: true, user: { select: { name: true } }, article: { select: { slug: true, title: true } } },
    }),
  ]);
  if (!parent?.notifyReplies || parent.deletedAt || !parent.user?.email || !reply || reply.status !== "APPROVED") return;
  if (reply.userId === parent.user.id) return;
  const link = absoluteUrl(`${articlePath(reply.article.slug)}#comment-${reply.id}`);
  const unsubscribe = unsubscribeUrl(parent.id);
  const who = reply.user?.name || "Someone";
  const excerpt = reply.body.length > 500 ? `${reply.body.slice(0, 500)}…` : reply.body;
  try {
    await sendMail({
      to: parent.user.email,
      subject: `${who} replied to your comment on “${reply.article.title}”`,
      text: `${who} replied to your comment on “${reply.article.title}”:\n\n${excerpt}\n\nRead the reply: ${link}\n\nStop emails about replies to this comment (one click): ${unsubscribe}\n\n— ${env.SITE_NAME}`,
      headers: { "List-Unsubscribe": `<${unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    });
  } catch (error) {
    log.error("comments.notify.failed", { replyId, error: String(error) });
  }
}

/** Stops reply emails for one comment; returns false for an unknown comment. */
export async function unsubscribeFromReplies(commentId: string): Promise<boolean> {
  const { count } = await db.comment.updateMany({ where: { id: commentId }, data: { notifyReplies: false } });
  return count > 0;
}
