// @ts-check
/**
 * Content-Security-Policy and HSTS. Every HTML response carries two policies, and a browser
 * enforces both:
 *
 * 1. The site policy: where anything may come from — `default-src 'self'`, no plugins, no
 *    framing, forms only to this site, base URI fixed. It must let inline scripts through,
 *    because of (2).
 * 2. A script policy naming exactly the inline scripts the document may run:
 *    - pages rendered per request (admin, account, sign-in, search, discussion, the 404 page of
 *      an unknown address, draft mode, any POST) get a fresh nonce from proxy.ts, which Next.js
 *      puts on its own scripts (proxy.ts sends the site policy with the nonce in place of
 *      'unsafe-inline', as the one policy);
 *    - cached public pages cannot use a nonce (one document is served to many readers, so its
 *      nonce would be public): the cache handler (lib/cache/cache-handler.cjs) hashes the page's
 *      inline scripts when it stores the page and stores both policies with it
 *      (`cachedPageHeaders`). Only the scripts Next.js itself writes are hashed (see
 *      `frameworkScript`): any other inline script in a stored page, however it got there, is
 *      left out of the policy and does not run.
 *
 * No style needs 'unsafe-inline': the pages have no style attributes or <style> elements (the
 * Markdown pipeline drops `style`, components use classes, and React sets styles through the
 * CSSOM, which the policy does not govern). Only the share images use inline styles, and those
 * are drawn into a PNG on the server.
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
    "style-src 'self'",
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

/** @param {unknown} value @param {RegExp} pattern */
const isStringList = (value, pattern) => Array.isArray(value) && value.every((v) => typeof v === "string" && pattern.test(v));
/** @param {unknown} value */
const isIntegerList = (value) => Array.isArray(value) && value.every((v) => Number.isInteger(v));

/**
 * The inline scripts Next.js writes into a page, each a call with one JSON argument, and what that
 * argument may be:
 * - Turbopack's bootstrap: the page's chunk files (under static/chunks/) and runtime module ids;
 * - the flight-data bootstrap, `[0]`;
 * - the flight data (the page's React Server Component payload): `[1, text]`, `[2, form state]`
 *   or `[3, base64 text]`.
 * The flight data is the page itself, different on every page and every edit, so these scripts are
 * recognised by their form rather than hashed once at build time.
 * @type {Array<{ prefix: string; suffix: string; accepts: (argument: unknown) => boolean }>}
 */
const FRAMEWORK_SCRIPTS = [
  {
    prefix: '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(',
    suffix: ");",
    accepts: (a) =>
      typeof a === "object" && a !== null && !Array.isArray(a) &&
      Object.keys(a).every((k) => k === "otherChunks" || k === "runtimeModuleIds") &&
      isStringList(/** @type {Record<string, unknown>} */ (a).otherChunks, /^static\/chunks\/[\w.-]+\.js$/) &&
      isIntegerList(/** @type {Record<string, unknown>} */ (a).runtimeModuleIds),
  },
  { prefix: "(self.__next_f=self.__next_f||[]).push(", suffix: ")", accepts: (a) => Array.isArray(a) && a.length === 1 && a[0] === 0 },
  {
    prefix: "self.__next_f.push(",
    suffix: ")",
    accepts: (a) => Array.isArray(a) && a.length === 2 && (((a[0] === 1 || a[0] === 3) && typeof a[1] === "string") || a[0] === 2),
  },
];

/**
 * Whether an inline script's text is one Next.js writes (its argument parses as JSON of the
 * expected form; JSON cannot call anything).
 * @param {string} source
 */
function frameworkScript(source) {
  for (const { prefix, suffix, accepts } of FRAMEWORK_SCRIPTS) {
    if (!source.startsWith(prefix) || !source.endsWith(suffix)) continue;
    try {
      return accepts(JSON.parse(source.slice(prefix.length, source.length - suffix.length)));
    } catch {
      return false;
    }
  }
  return false;
}

/**
 * `script-src` allowing this document's own scripts: files from this origin and, by hash, the
 * inline scripts Next.js wrote into it (no other inline script).
 * @param {string} html
 */
function scriptPolicyFor(html) {
  const hashes = new Set();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const source = match[1] ?? "";
    if (frameworkScript(source)) hashes.add(`'sha256-${crypto.createHash("sha256").update(source, "utf8").digest("base64")}'`);
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

module.exports = { HSTS, policyOptionsFrom, oauthFormTargets, sitePolicy, noncePolicy, frameworkScript, scriptPolicyFor, cachedPageHeaders };
