/** The shapes the feed and sitemap route handlers receive from lib/feeds/queries.ts. */
import type { BylineDTO, SectionLinkDTO, TagLinkDTO } from "@/lib/articles/dto";

/** A published article as an RSS item shows it: its whole body included. */
export interface FeedArticleDTO {
  slug: string;
  title: string;
  standfirst: string;
  /** Sanitised body HTML as stored (relative URLs; lib/feeds/absolute-urls.ts resolves them). */
  bodyHtml: string;
  publishedAt: Date;
  /** The last substantive update, or null. */
  modifiedAt: Date | null;
  section: SectionLinkDTO | null;
  tags: TagLinkDTO[];
  authors: BylineDTO[];
}

/** Everything a sitemap lists, as paths. */
export interface SitemapContentDTO {
  /** Published articles, oldest first; `lastModified` is the last substantive update, else publication. */
  articles: { slug: string; lastModified: Date }[];
  sections: { slug: string }[];
  /** Tags and authors with at least one published article. */
  tags: { slug: string }[];
  authors: { slug: string }[];
}

/** The front page, sections, and the tags and authors with a published article: a sitemap's first URLs. */
export interface SitemapHeadDTO {
  /** The newest publication or substantive update of any article: the front page's lastmod. */
  newest: Date | null;
  sections: { slug: string }[];
  tags: { slug: string }[];
  authors: { slug: string }[];
}

/**
 * One file of a sitemap index: the URLs at positions [(n − 1) · 50,000, n · 50,000) of the
 * order lib/feeds/documents.ts lists them in (the head, then the articles oldest first).
 */
export interface SitemapChunkDTO {
  /** In the first chunk only. */
  head: SitemapHeadDTO | null;
  articles: SitemapContentDTO["articles"];
}

/** An article of the last 48 hours, as the Google News sitemap lists it. */
export interface NewsSitemapArticleDTO {
  slug: string;
  title: string;
  publishedAt: Date;
}
