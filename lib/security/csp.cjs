// @ts-check
/**
 * Content-Security-Policy and HSTS. Every HTML response carries two policies, and a browser
 * enforces both:
 *
 * 1. The site policy: where anything may come from — `default-src 'self'`, no plugins, no
 *    framing, forms only to this site, base URI fixed. It must let inline scripts through,
 *    because of (2).
 * 2. A script policy naming exactly the inline scripts the document may run:
 *    - pages rendered per request (admin, account, sign-in, search, discussion, any POST) get a
 *      fresh nonce from proxy.ts, which Next.js puts on its own scripts (proxy.ts sends the site
 *      policy with the nonce in place of 'unsafe-inline', as the one policy);
 *    - cached public pages cannot use a nonce (one document is served to many readers, so its
 *      nonce would be public): the cache handler (lib/cache/cache-handler.cjs) hashes the page's inline
 *      scripts when it stores the page and stores both policies with it (`cachedPageHeaders`).
 *
 * Both depend on the environment the server runs with (an https SITE_URL, the OAuth providers),
 * not the one it was built with. No policy allows `eval` outside development (React's dev tools
 * need it there).
 *
 * CommonJS, because the cache handler is loaded by Next.js with require(), outside the bundle;
 * proxy.ts imports it too. Types: csp.d.cts.
 */
const crypto = require("node:crypto");

const HSTS = "max-age=63072000; includeSubDomains; preload";

/**
 * What the policies depend on, read from the server's environment (lib/env.ts's, or — in the
 * cache handler — the same variables as they are).
 * @param {import("./csp.d.cts").PolicyEnv} env
 */
function policyOptionsFrom(env) {
  return {
    development: env.NODE_ENV === "development",
    https: Boolean(env.SITE_URL && env.SITE_URL.startsWith("https://")),
    formTargets: oauthFormTargets(env),
  };
}

/**
 * OAuth providers' sign-in origins, for `form-action` (next-auth posts, then redirects there).
 * @param {{ GITHUB_ID?: string; GOOGLE_ID?: string }} env
 */
function oauthFormTargets(env) {
  return [...(env.GITHUB_ID ? ["https://github.com"] : []), ...(env.GOOGLE_ID ? ["https://accounts.google.com"] : [])];
}

/**
 * @param {import("./csp.d.cts").SitePolicyOptions} options
 */
function sitePolicy({ development, https, formTargets, scripts = "'unsafe-inline'" }) {
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
 * @param {string} nonce
 * @param {Omit<import("./csp.d.cts").SitePolicyOptions, "scripts">} options
 */
function noncePolicy(nonce, options) {
  return sitePolicy({ ...options, scripts: `'nonce-${nonce}' 'strict-dynamic'` });
}

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)(?![^>]*\stype="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g;

/**
 * `script-src` allowing this document's own scripts: files from this origin and its inline scripts by hash.
 * @param {string} html
 */
function scriptPolicyFor(html) {
  const hashes = new Set();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    hashes.add(`'sha256-${crypto.createHash("sha256").update(match[1] ?? "", "utf8").digest("base64")}'`);
  }
  return `script-src 'self' ${[...hashes].join(" ")}`.trim();
}

/**
 * The security headers stored with a cached page: both policies and, under https, HSTS.
 * (X-Content-Type-Options and the other fixed headers come from next.config.js.)
 * @param {string} html
 * @param {import("./csp.d.cts").PolicyEnv} env
 */
function cachedPageHeaders(html, env) {
  const options = policyOptionsFrom(env);
  return {
    "content-security-policy": [sitePolicy(options), scriptPolicyFor(html)],
    ...(options.https ? { "strict-transport-security": HSTS } : {}),
  };
}

module.exports = { HSTS, policyOptionsFrom, oauthFormTargets, sitePolicy, noncePolicy, scriptPolicyFor, cachedPageHeaders };
