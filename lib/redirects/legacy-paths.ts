/**
 * Addresses of the site a newsroom moved from, in one normal form, so that what an import
 * records and what a reader later asks for compare equal. Pure.
 *
 * The form: the path, percent-decoded, lowercased, without a trailing slash (the front page
 * is "/"), plus the one query parameter WordPress finds a post by (`?p=4`, `?page_id=44`,
 * `?cat=3`, `?tag=eu`, `?author=2`). Any other query string is dropped.
 */

import { LEGACY_QUERY_KEYS, LEGACY_QUERY_SEGMENT, type LegacyQueryKey } from "@/lib/redirects/legacy-query.cjs";

const PLACEHOLDER_ORIGIN = "http://legacy.invalid";

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The normal form of an old address (a path such as `/2026/11/slug/` or a full URL of the old
 * site), or null when it is not an address at all.
 */
export function normaliseLegacyPath(address: string): string | null {
  const trimmed = address.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = new URL(trimmed, PLACEHOLDER_ORIGIN);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  const path = decode(url.pathname).toLowerCase().replace(/\/+$/, "") || "/";
  for (const key of LEGACY_QUERY_KEYS) {
    const value = url.searchParams.get(key);
    if (value) return `${path === "/" ? "" : path}/?${key}=${value.toLowerCase()}`.replace(/^\/\//, "/");
  }
  return path;
}

/** The path of `href` when it points into the old site (one of `origins`), else null. */
export function pathInSite(href: string, origins: readonly string[]): string | null {
  for (const origin of origins) {
    const base = origin.replace(/\/+$/, "");
    if (href === base || href.startsWith(`${base}/`) || href.startsWith(`${base}?`)) {
      return normaliseLegacyPath(href.slice(base.length) || "/");
    }
  }
  return null;
}

/**
 * The addresses a WordPress post may have answered at: its permalink (whatever the structure),
 * `?p=ID`, and the common structures for its slug and every former slug (`_wp_old_slug`):
 * `/YYYY/MM/DD/slug`, `/YYYY/MM/slug`, `/slug`. WordPress itself redirects a slug it finds under
 * another structure, so a link made before a permalink change still worked there, and does here.
 */
export function wordpressPostPaths(input: { id: string; link: string; slugs: readonly string[]; localDate: string | null; origins: readonly string[] }): string[] {
  const paths = new Set<string>();
  const own = pathInSite(input.link, input.origins);
  if (own) paths.add(own);
  paths.add(`/?p=${input.id}`);
  const date = input.localDate ? /^(\d{4})-(\d{2})-(\d{2})/.exec(input.localDate) : null;
  for (const slug of input.slugs) {
    if (!slug) continue;
    const s = normaliseLegacyPath(`/${slug}`);
    if (!s) continue;
    paths.add(s);
    if (date) {
      paths.add(`/${date[1]}/${date[2]}${s}`);
      paths.add(`/${date[1]}/${date[2]}/${date[3]}${s}`);
    }
  }
  return [...paths];
}

function isLegacyQueryKey(key: string | undefined): key is LegacyQueryKey {
  return (LEGACY_QUERY_KEYS as readonly (string | undefined)[]).includes(key);
}

/**
 * The old address a page's path segments stand for. WordPress's `/?p=4`, `/?page_id=44`,
 * `/?cat=3`, `/?tag=eu` and `/?author=2` reach app/(site)/legacy-query rewritten (next.config.js,
 * legacy-query.cjs) as `/legacy-query/<key>/<value>`, the segments decoded.
 */
export function legacyAddress(segments: readonly string[]): string {
  const [first, key, value] = segments;
  if (first === LEGACY_QUERY_SEGMENT && segments.length === 3 && isLegacyQueryKey(key) && value) return `/?${key}=${encodeURIComponent(value)}`;
  return `/${segments.join("/")}`;
}
