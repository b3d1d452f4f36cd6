// @ts-check
/**
 * WordPress's content queries on the front page (`/?p=4`, `/?page_id=44`, `/?cat=3`, `/?tag=eu`,
 * `/?author=2`): the old addresses that are a query, not a path. next.config.js rewrites each to
 * `/legacy-query/<key>/<value>` (a page sees only its path: app/(site)/legacy-query), which answers
 * the redirect; the front page without such a query is untouched and stays cacheable.
 *
 * CommonJS, because next.config.js reads it; lib/redirects/legacy-paths.ts uses the same keys.
 * Types: legacy-query.d.cts.
 */

/** The path segment the rewritten queries arrive under. */
const LEGACY_QUERY_SEGMENT = "legacy-query";

/**
 * The query parameters that name content on a WordPress site, in the order WordPress tries them,
 * each with the values it takes: ids, except a tag's slug (`?tag=eu`, possibly percent-encoded
 * UTF-8, never a slash).
 */
const LEGACY_QUERY_VALUES = /** @type {const} */ ({
  p: "\\d{1,12}",
  page_id: "\\d{1,12}",
  cat: "\\d{1,12}",
  tag: "[^/]{1,200}",
  author: "\\d{1,12}",
});

/** @type {readonly (keyof typeof LEGACY_QUERY_VALUES)[]} */
const LEGACY_QUERY_KEYS = /** @type {any} */ (Object.keys(LEGACY_QUERY_VALUES));

/** The rewrites of next.config.js: the first key present wins, as in legacy-paths.ts. */
function legacyQueryRewrites() {
  return LEGACY_QUERY_KEYS.map((key) => ({
    source: "/",
    has: [{ type: /** @type {const} */ ("query"), key, value: `(?<value>${LEGACY_QUERY_VALUES[key]})` }],
    destination: `/${LEGACY_QUERY_SEGMENT}/${key}/:value`,
  }));
}

module.exports = { LEGACY_QUERY_SEGMENT, LEGACY_QUERY_KEYS, LEGACY_QUERY_VALUES, legacyQueryRewrites };
