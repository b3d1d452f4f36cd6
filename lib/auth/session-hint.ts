/**
 * The "signed-in" hint: a cookie the browser's scripts can read, so that cached public pages ask
 * /api/viewer who is looking only when someone may be signed in. next-auth's session cookie is
 * HttpOnly (scripts cannot see it); the hint holds no secret, only `1`, and follows the session
 * cookie's policy (path, SameSite, Secure, expiry).
 *
 * It is a hint, not a credential: the server always decides from the session itself. A hint left
 * behind by an ended session costs one request, and /api/viewer then clears it; a session with no
 * hint (signed in before the hint existed) gets one from /api/viewer, which the account pages ask
 * for such a reader (components/account/session-hint-sync.tsx).
 *
 * Plain functions of header strings, used by the server (the next-auth route, /api/viewer, the
 * sign-out and delete-account actions) and by the browser (`hasSessionHint`).
 */

export const SESSION_HINT_COOKIE = "masthead-signed-in";

/** `Set-Cookie` for the hint: set until `expires`, or (without a date) cleared. */
export function sessionHintCookie(options: { secure: boolean; expires: Date | null }): string {
  const parts = [
    `${SESSION_HINT_COOKIE}=${options.expires ? "1" : ""}`,
    "Path=/",
    `Expires=${(options.expires ?? new Date(0)).toUTCString()}`,
    "SameSite=Lax",
  ];
  if (options.secure) parts.push("Secure");
  return parts.join("; ");
}

interface SetCookie {
  name: string;
  value: string;
  expires: Date | null;
  maxAge: number | null;
}

function parseSetCookie(header: string): SetCookie {
  const [pair = "", ...attributes] = header.split(";");
  const eq = pair.indexOf("=");
  const cookie: SetCookie = { name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1).trim(), expires: null, maxAge: null };
  for (const attribute of attributes) {
    const [key = "", ...rest] = attribute.split("=");
    const value = rest.join("=").trim();
    if (/^\s*expires\s*$/i.test(key)) {
      const date = new Date(value);
      if (!Number.isNaN(date.getTime())) cookie.expires = date;
    } else if (/^\s*max-age\s*$/i.test(key) && /^-?\d+$/.test(value)) {
      cookie.maxAge = Number(value);
    }
  }
  return cookie;
}

/**
 * What a next-auth response does to the session, read from its `Set-Cookie` headers: `set` with
 * the session's expiry when it starts or extends one, `cleared` when it ends one, null otherwise.
 */
export function sessionChange(setCookies: string[], sessionCookie: string, now = new Date()): { set: Date } | "cleared" | null {
  let change: { set: Date } | "cleared" | null = null;
  for (const header of setCookies) {
    const cookie = parseSetCookie(header);
    if (cookie.name !== sessionCookie) continue;
    const expires = cookie.maxAge !== null ? new Date(now.getTime() + cookie.maxAge * 1000) : cookie.expires;
    const ended = cookie.value === "" || (expires !== null && expires.getTime() <= now.getTime());
    // next-auth's database sessions always carry an expiry; a cookie without one is left alone.
    if (ended) change = "cleared";
    else if (expires) change = { set: expires };
  }
  return change;
}

/** In the browser: whether the hint is there, i.e. whether asking /api/viewer can find a reader. */
export function hasSessionHint(cookieHeader: string): boolean {
  return cookieHeader.split(";").some((c) => c.trim() === `${SESSION_HINT_COOKIE}=1`);
}
