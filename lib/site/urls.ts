/** Paths and absolute URLs of public pages. One place, so a route rename is one change. */
import { env } from "@/lib/env";

export const articlePath = (slug: string) => `/articles/${slug}`;
/** A story's comments drawn per request for the reader looking (sorting, replying, editing, no JavaScript). */
export const articleDiscussionPath = (slug: string) => `/articles/${slug}/discussion`;
export const authorPath = (slug: string) => `/authors/${slug}`;
export const sectionPath = (slug: string) => `/sections/${slug}`;
export const tagPath = (slug: string) => `/tags/${slug}`;
export const SEARCH_PATH = "/search";

/** RSS feeds: the whole site, one section, one author. */
export const feedPath = "/feed.xml";
export const sectionFeedPath = (slug: string) => `${sectionPath(slug)}/feed.xml`;
export const authorFeedPath = (slug: string) => `${authorPath(slug)}/feed.xml`;

/** Search-engine files: the sitemap (or sitemap index), its numbered chunks, the Google News sitemap. */
export const sitemapPath = "/sitemap.xml";
export const sitemapChunkPath = (n: number) => `/sitemaps/${n}.xml`;
export const newsSitemapPath = "/news-sitemap.xml";

/** `path` on the public site, e.g. absoluteUrl("/articles/x") → https://news.example.com/articles/x */
export function absoluteUrl(path: string): string {
  return new URL(path, `${env.SITE_URL}/`).toString();
}

/**
 * The path of page `page` of a paginated list (page 1 has no `page` parameter), keeping
 * the list's own query parameters, e.g. pagePath("/search", 2, { q: "eu ai" }) →
 * /search?q=eu+ai&page=2. Empty parameters are left out.
 */
export function pagePath(basePath: string, page: number, query: Record<string, string> = {}): string {
  const params = new URLSearchParams(Object.entries(query).filter(([, value]) => value !== ""));
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `${basePath}?${search}` : basePath;
}
