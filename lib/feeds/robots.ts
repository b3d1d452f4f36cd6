/** robots.txt from plain values. Pure module. */

export interface RobotsRules {
  /** Path prefixes no crawler should visit, e.g. `/admin`. */
  disallow: readonly string[];
  /** Absolute URLs of the sitemaps. */
  sitemaps: readonly string[];
}

export function buildRobotsTxt(rules: RobotsRules): string {
  return [
    "User-agent: *",
    "Allow: /",
    ...rules.disallow.map((path) => `Disallow: ${path}`),
    "",
    ...rules.sitemaps.map((url) => `Sitemap: ${url}`),
    "",
  ].join("\n");
}
