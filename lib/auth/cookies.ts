/** next-auth's session cookie name: the `__Secure-` form whenever the site is served over HTTPS. */
import { env } from "@/lib/env";
import { sessionChange, sessionHintCookie } from "@/lib/auth/session-hint";
import { SIGN_IN_LINK_MAX_AGE_S } from "@/lib/auth/sign-in-link";

export const secureCookies = env.SITE_URL.startsWith("https://");
export const SESSION_COOKIE = `${secureCookies ? "__Secure-" : ""}next-auth.session-token`;
/** How long a database session lasts (next-auth's `session.maxAge`). */
export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

/** The cookie marking the browser that asked for a sign-in link (lib/auth/sign-in-link.ts): for as long as the link works. */
export const signInBrowserCookieOptions = { httpOnly: true, sameSite: "lax", secure: secureCookies, path: "/", maxAge: SIGN_IN_LINK_MAX_AGE_S } as const;

/** `Set-Cookie` for the signed-in hint (lib/auth/session-hint.ts): until `expires`, or cleared when null. */
export const hintCookie = (expires: Date | null): string => sessionHintCookie({ secure: secureCookies, expires });

/**
 * The response of next-auth's route with the signed-in hint set beside the session cookie it
 * sets (a completed sign-in) or cleared beside the one it clears (its own sign-out endpoint).
 */
export function withSessionHint(response: Response): Response {
  const change = sessionChange(response.headers.getSetCookie(), SESSION_COOKIE);
  if (change === null) return response;
  // next-auth's redirects may carry immutable headers: answer with a copy.
  const headers = new Headers(response.headers);
  headers.append("Set-Cookie", hintCookie(change === "cleared" ? null : change.set));
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
