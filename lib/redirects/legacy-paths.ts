/**
 * Addresses of the site a newsroom moved from, in one normal form, so that what an import
 * records and what a reader later asks for compare equal. Pure.
 *
 * The form: the path, percent-decoded, lowercased, without a trailing slash (the front page
 * is "/"), plus the one query parameter WordPress finds a post by (`?p=4`, `?page_id=44`,
 * `?cat=3`, `?tag=eu`, `?author=2`). Any other query string is dropped.
 */

/** Query parameters that name content on a WordPress site, in the order they are tried. */
const CONTENT_QUERY_KEYS = ["p", "page_id", "cat", "tag", "author"] as const;

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
  for (const key of CONTENT_QUERY_KEYS) {
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

/**
 * WordPress's `/?p=4` reaches the catch-all page rewritten (next.config.js) as
 * `/legacy-query/p/4`: a page's path is all it sees, and the front page stays cacheable.
 */
export const LEGACY_QUERY_SEGMENT = "legacy-query";

/** The old address a catch-all page's path segments stand for. */
export function legacyAddress(segments: readonly string[]): string {
  const [first, key, value] = segments;
  if (first === LEGACY_QUERY_SEGMENT && segments.length === 3 && key && value) return `/?${key}=${value}`;
  return `/${segments.join("/")}`;
}
