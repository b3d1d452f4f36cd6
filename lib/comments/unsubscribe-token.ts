/**
 * Signed one-click unsubscribe tokens for reply notifications: `<commentId>.<signature>`. They
 * work without signing in and cannot be forged for another comment. Pure, given the secret.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

function sign(commentId: string, secret: string): string {
  return createHmac("sha256", secret).update(`unsubscribe:${commentId}`).digest("base64url");
}

export function createUnsubscribeToken(commentId: string, secret: string): string {
  return `${commentId}.${sign(commentId, secret)}`;
}

/** The comment id a token was made for, or null when it is malformed or forged. */
export function verifyUnsubscribeToken(token: string, secret: string): string | null {
  const match = /^([a-z0-9]{1,40})\.([A-Za-z0-9_-]{43})$/i.exec(token);
  if (!match) return null;
  const [, commentId, signature] = match as unknown as [string, string, string];
  const expected = Buffer.from(sign(commentId, secret));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? commentId : null;
}
