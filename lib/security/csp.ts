/**
 * Content-Security-Policy. Every response carries two policies, and a browser enforces both:
 *
 * 1. The site policy (next.config.ts, on every response): where anything may come from —
 *    `default-src 'self'`, no plugins, no framing, forms only to this site, base URI fixed. It
 *    must let inline scripts through, because of (2).
 * 2. A script policy naming exactly the inline scripts the document may run:
 *    - pages rendered per request (admin, account, sign-in, search, discussion, any POST) get a
 *      fresh nonce from proxy.ts, which Next.js puts on its own scripts (proxy.ts sends the site
 *      policy with the nonce in place of 'unsafe-inline', as the one policy);
 *    - cached public pages cannot use a nonce (one document is served to many readers, so its
 *      nonce would be public): the cache handler (cache-handler.cjs) hashes the page's inline
 *      scripts when it stores the page and serves the page with those hashes.
 *
 * No policy allows `eval` outside development (React's dev tools need it there).
 * Plain module (no aliases, no server-only): next.config.ts imports it too.
 */

export interface SitePolicyOptions {
  development: boolean;
  https: boolean;
  /** Origins a sign-in form may be redirected to (the configured OAuth providers). */
  formTargets: readonly string[];
  /** Script sources beyond this origin; by default any inline script (narrowed by the second policy). */
  scripts?: string;
}

export function sitePolicy({ development, https, formTargets, scripts = "'unsafe-inline'" }: SitePolicyOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scripts}${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    `form-action ${["'self'", ...formTargets].join(" ")}`,
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/**
 * The whole policy of a response rendered per request, replacing the site policy: Next.js's
 * scripts carry the nonce, and what they load is trusted.
 */
export function noncePolicy(nonce: string, options: Omit<SitePolicyOptions, "scripts">): string {
  return sitePolicy({ ...options, scripts: `'nonce-${nonce}' 'strict-dynamic'` });
}

/** OAuth providers' sign-in origins, for `form-action` (next-auth posts, then redirects there). */
export function oauthFormTargets(env: { GITHUB_ID?: string; GOOGLE_ID?: string }): string[] {
  return [...(env.GITHUB_ID ? ["https://github.com"] : []), ...(env.GOOGLE_ID ? ["https://accounts.google.com"] : [])];
}
