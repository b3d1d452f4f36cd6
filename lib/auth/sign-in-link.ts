/**
 * Email sign-in links. Our own /signin form asks for a link through a server action (so it
 * can be rate limited and answer in the site's words); the link it mails is next-auth's own
 * email callback, which verifies the token exactly as if next-auth had issued it.
 */
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { env, appSecret } from "@/lib/env";

/** How long a sign-in link works. */
export const SIGN_IN_LINK_MAX_AGE_S = 60 * 60;

/** next-auth v4 stores sha256(token + secret) and compares with the token from the link. */
export function hashVerificationToken(token: string): string {
  return createHash("sha256").update(`${token}${appSecret}`).digest("hex");
}

export function newVerificationToken(): string {
  return randomBytes(32).toString("hex");
}

/** A local path to return to after signing in; anything else becomes the front page. */
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  if (value.startsWith("/api/") || value.startsWith("/signin")) return "/";
  return value.slice(0, 500);
}

export function signInLinkUrl(email: string, token: string, callbackPath: string): string {
  const params = new URLSearchParams({ callbackUrl: `${env.SITE_URL}${safeCallbackPath(callbackPath)}`, token, email });
  return `${env.SITE_URL}/api/auth/callback/email?${params}`;
}

export function signInEmail(url: string): { subject: string; text: string; html: string } {
  const site = env.SITE_NAME;
  const escaped = url.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  return {
    subject: `Sign in to ${site}`,
    text: `Sign in to ${site} by opening this link:\n\n${url}\n\nThe link works once, for one hour. If you did not ask for it, ignore this email.`,
    html: `<p>Sign in to ${site} by opening this link:</p><p><a href="${escaped}">Sign in to ${site}</a></p><p>The link works once, for one hour. If you did not ask for it, ignore this email.</p>`,
  };
}
