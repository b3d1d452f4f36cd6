/**
 * Email sign-in links. Our own /signin form asks for a link through a server action (so it
 * can be rate limited and answer in the site's words); the link it mails is next-auth's own
 * email callback, which verifies the token exactly as if next-auth had issued it.
 */
import "server-only";
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
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

/**
 * The browser that asked for a link. A link opens straight away only in a browser holding this
 * cookie for its token (set when the form was sent); anywhere else it first asks "Sign in as
 * …?", so nobody can sign a victim into the attacker's own account by mailing them a link (login
 * CSRF), and a mail scanner's visit does not use the link up. The cookie holds, for the last few
 * links asked for, a keyed hash of each token (never the token).
 */
export const SIGN_IN_BROWSER_COOKIE = "masthead-signin";
const PROOFS_KEPT = 3;

function browserProof(token: string): string {
  return createHmac("sha256", appSecret).update(`sign-in-browser:${token}`).digest("base64url").slice(0, 22);
}

/** The cookie's new value: this link's proof added to those already held (the newest few). */
export function addBrowserProof(held: string | undefined, token: string): string {
  const proofs = (held ?? "").split(".").filter((p) => /^[\w-]{22}$/.test(p));
  return [...proofs.filter((p) => p !== browserProof(token)), browserProof(token)].slice(-PROOFS_KEPT).join(".");
}

/** Whether the cookie a request carries was set by asking for this token's link. */
export function browserAskedFor(held: string | undefined, token: string): boolean {
  const wanted = Buffer.from(browserProof(token));
  return (held ?? "").split(".").some((p) => p.length === wanted.length && timingSafeEqual(Buffer.from(p), wanted));
}

/** A local path to return to after signing in; anything else becomes the front page. */
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  if (value.startsWith("/api/") || value.startsWith("/signin")) return "/";
  return value.slice(0, 500);
}

/** The local path of a callback URL on this site (next-auth's links carry it absolute), made safe. */
export function localCallbackPath(value: string | null | undefined): string {
  return safeCallbackPath(value?.startsWith(`${env.SITE_URL}/`) ? value.slice(env.SITE_URL.length) : value);
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
