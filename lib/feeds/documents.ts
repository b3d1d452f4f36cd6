/**
 * Binds the pure builders (rss.ts, sitemap.ts, news-sitemap.ts, robots.ts) to this site:
 * absolute URLs from SITE_URL, the publication's name and language from the environment.
 * No database access: the route handlers pass in what lib/feeds/queries.ts returned.
 */
import type { FeedChannelInfo } from "@/lib/feeds/channels";
import { absolutizeHtmlUrls } from "@/lib/feeds/absolute-urls";
import type { FeedArticleDTO, NewsSitemapArticleDTO, SitemapChunkDTO, SitemapContentDTO } from "@/lib/feeds/dto";
import { buildNewsSitemap } from "@/lib/feeds/news-sitemap";
import { buildRobotsTxt } from "@/lib/feeds/robots";
import { buildRss, type RssItem } from "@/lib/feeds/rss";
import { buildSitemapIndex, buildUrlSet, planSitemap, type SitemapChunkRef, type SitemapUrl } from "@/lib/feeds/sitemap";
import { env } from "@/lib/env";
import { absoluteUrl, articlePath, authorPath, newsSitemapPath, sectionPath, sitemapChunkPath, sitemapPath, tagPath } from "@/lib/site/urls";

/** Path prefixes crawlers are asked to leave alone. */
export const ROBOTS_DISALLOW = ["/admin", "/api"] as const;

function newest(dates: readonly Date[]): Date | null {
  return dates.reduce<Date | null>((latest, d) => (!latest || d > latest ? d : latest), null);
}

function toRssItem(article: FeedArticleDTO): RssItem {
  const link = absoluteUrl(articlePath(article.slug));
  const categories = [...(article.section ? [article.section.name] : []), ...article.tags.map((t) => t.name)];
  return {
    title: article.title,
    link,
    description: article.standfirst,
    contentHtml: absolutizeHtmlUrls(article.bodyHtml, link),
    pubDate: article.publishedAt,
    creators: article.authors.map((a) => a.name),
    categories: [...new Set(categories)],
  };
}

/**
 * An RSS document for `channel`. lastBuildDate is the newest publication or substantive update
 * among the items (so the document only changes when its content does), or `now` when empty.
 */
export function renderArticleFeed(channel: FeedChannelInfo, articles: readonly FeedArticleDTO[], now = new Date()): string {
  const lastBuildDate = newest(articles.map((a) => a.modifiedAt ?? a.publishedAt)) ?? now;
  return buildRss(
    {
      title: channel.title,
      link: absoluteUrl(channel.path),
      description: channel.description,
      language: env.SITE_LANGUAGE,
      selfUrl: absoluteUrl(channel.feedPath),
      lastBuildDate,
    },
    articles.map(toRssItem),
  );
}

/** Every public URL in a stable order: front page, sections, tags, authors, then articles oldest first. */
export function sitemapUrls(content: SitemapContentDTO): SitemapUrl[] {
  const head = { newest: newest(content.articles.map((a) => a.lastModified)), sections: content.sections, tags: content.tags, authors: content.authors };
  return sitemapChunkUrls({ head, articles: content.articles });
}

/** The URLs of one chunk of a sitemap index, in the same order as sitemapUrls. */
export function sitemapChunkUrls(chunk: SitemapChunkDTO): SitemapUrl[] {
  const head = chunk.head;
  return [
    ...(head
      ? [
          { loc: absoluteUrl("/"), lastModified: head.newest },
          ...head.sections.map((s) => ({ loc: absoluteUrl(sectionPath(s.slug)) })),
          ...head.tags.map((t) => ({ loc: absoluteUrl(tagPath(t.slug)) })),
          ...head.authors.map((a) => ({ loc: absoluteUrl(authorPath(a.slug)) })),
        ]
      : []),
    ...chunk.articles.map((a) => ({ loc: absoluteUrl(articlePath(a.slug)), lastModified: a.lastModified })),
  ];
}

/** `/sitemap.xml`: the urlset itself, or an index of `/sitemaps/<n>.xml` once it outgrows one file. */
export function renderSitemap(urls: readonly SitemapUrl[]): string {
  const plan = planSitemap(urls);
  if (plan.kind === "urlset") return buildUrlSet(plan.urls);
  return renderSitemapIndex(plan.chunks);
}

/** A sitemap index of `/sitemaps/<n>.xml` files. */
export function renderSitemapIndex(chunks: readonly SitemapChunkRef[]): string {
  return buildSitemapIndex(chunks.map((c) => ({ loc: absoluteUrl(sitemapChunkPath(c.n)), lastModified: c.lastModified })));
}

export function renderNewsSitemap(articles: readonly NewsSitemapArticleDTO[]): string {
  return buildNewsSitemap(
    { name: env.SITE_NAME, language: env.SITE_LANGUAGE },
    articles.map((a) => ({ loc: absoluteUrl(articlePath(a.slug)), title: a.title, publishedAt: a.publishedAt })),
  );
}

export function renderRobotsTxt(): string {
  return buildRobotsTxt({
    disallow: ROBOTS_DISALLOW,
    sitemaps: [absoluteUrl(sitemapPath), absoluteUrl(newsSitemapPath)],
  });
}
