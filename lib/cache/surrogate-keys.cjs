// @ts-check
/**
 * Cache tags as the edge sees them: every cacheable response names its tags (lib/cache/tags.ts)
 * in an `xkey` header (Varnish's xkey module) and the same list in `Surrogate-Key` (the name
 * Fastly and other CDNs read), space-separated. A list longer than a header comfortably carries
 * (a front page lists a hundred stories) is sent as short digests of the tags instead, so a purge
 * always names both forms of each tag (`purgeKeys`).
 *
 * CommonJS, because the cache handler (loaded by Next.js with require()) sets these headers on
 * the pages it stores; the purger and route handlers import it too. Types: surrogate-keys.d.cts.
 */
const crypto = require("node:crypto");

/** The tag of every public page and response: a change to the whole site (a setting, a restore) names it. */
const SITE_TAG = "site";

/** Bytes a key list may take before its tags are sent as digests (Varnish allows 8 KB a header line). */
const MAX_KEY_HEADER_BYTES = 4000;

/** Next.js's own implicit tags (route and path): no change is ever written under them. */
const IMPLICIT_TAG_PREFIX = "_N_T_";

/**
 * The short form of a tag: 72 bits of its SHA-256, enough that two of the tags a site has
 * never collide in practice, and the same in every process.
 * @param {string} tag
 */
function digestKey(tag) {
  return `h:${crypto.createHash("sha256").update(tag, "utf8").digest("base64url").slice(0, 12)}`;
}

/**
 * The keys of a response carrying `tags`, as one header value.
 * @param {readonly string[]} tags
 */
function surrogateKeyHeader(tags) {
  const unique = [...new Set(tags.filter((tag) => tag && !tag.startsWith(IMPLICIT_TAG_PREFIX) && !/\s/.test(tag)))];
  const plain = unique.join(" ");
  return Buffer.byteLength(plain, "utf8") <= MAX_KEY_HEADER_BYTES ? plain : unique.map(digestKey).join(" ");
}

/**
 * The headers that carry `tags` to the edge; none for an empty list.
 * @param {readonly string[]} tags
 * @returns {Record<string, string>}
 */
function surrogateKeyHeaders(tags) {
  const value = surrogateKeyHeader(tags);
  return value ? { xkey: value, "surrogate-key": value } : {};
}

/**
 * What to purge so that every response carrying one of `tags` is forgotten, whichever form
 * its header used.
 * @param {readonly string[]} tags
 */
function purgeKeys(tags) {
  return [...new Set(tags.flatMap((tag) => [tag, digestKey(tag)]))];
}

module.exports = { SITE_TAG, MAX_KEY_HEADER_BYTES, digestKey, surrogateKeyHeader, surrogateKeyHeaders, purgeKeys };
