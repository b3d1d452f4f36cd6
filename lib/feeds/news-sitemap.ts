/** Google News sitemaps: the stories of the last two days. Pure module. */
import { element, w3cDateTime, XML_DECLARATION } from "@/lib/feeds/xml";

/** Google News reads articles published in the last two days… */
export const NEWS_SITEMAP_WINDOW_MS = 48 * 60 * 60 * 1000;
/** …and at most 1,000 of them per sitemap. */
export const NEWS_SITEMAP_MAX_URLS = 1000;

export interface NewsPublication {
  name: string;
  /** ISO 639 language code, e.g. `en`. */
  language: string;
}

export interface NewsSitemapItem {
  loc: string;
  title: string;
  publishedAt: Date;
}

/** The earliest publication time a news sitemap built at `now` still lists. */
export function newsSitemapSince(now: Date): Date {
  return new Date(now.getTime() - NEWS_SITEMAP_WINDOW_MS);
}

const NAMESPACES = [
  'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"',
  'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"',
].join(" ");

export function buildNewsSitemap(publication: NewsPublication, items: readonly NewsSitemapItem[]): string {
  const entries = items.map((item) =>
    [
      "<url>",
      element("loc", item.loc),
      "<news:news>",
      "<news:publication>",
      element("news:name", publication.name),
      element("news:language", publication.language),
      "</news:publication>",
      element("news:publication_date", w3cDateTime(item.publishedAt)),
      element("news:title", item.title),
      "</news:news>",
      "</url>",
    ].join(""),
  );
  return [XML_DECLARATION, `<urlset ${NAMESPACES}>`, ...entries, "</urlset>", ""].join("\n");
}
