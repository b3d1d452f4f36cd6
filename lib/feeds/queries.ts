/**
 * Public reads for feeds and sitemaps. Like lib/articles/queries.ts, every function filters on
 * publication inside itself (publishedWhere): drafts, articles in review, scheduled and archived
 * ones never reach a feed or a sitemap.
 */
import "server-only";
import { db } from "@/lib/db";
import type { FeedArticleDTO, NewsSitemapArticleDTO, SitemapContentDTO } from "@/lib/feeds/dto";
import { NEWS_SITEMAP_MAX_URLS, newsSitemapSince } from "@/lib/feeds/news-sitemap";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cardSelect, publishedWhere } from "@/lib/articles/select";

/** Items in every RSS feed. */
export const FEED_ITEM_LIMIT = 50;

const feedArticleSelect = {
  slug: true,
  title: true,
  standfirst: true,
  bodyHtml: true,
  publishedAt: true,
  modifiedAt: true,
  section: cardSelect.section,
  authors: cardSelect.authors,
  tags: { orderBy: { position: "asc" }, select: { tag: { select: { slug: true, name: true } } } },
} satisfies Prisma.ArticleSelect;

type FeedArticleRow = Prisma.ArticleGetPayload<{ select: typeof feedArticleSelect }>;

function toFeedArticle(row: FeedArticleRow): FeedArticleDTO {
  return {
    slug: row.slug,
    title: row.title,
    standfirst: row.standfirst,
    bodyHtml: row.bodyHtml,
    // Published rows always have a publication time.
    publishedAt: row.publishedAt ?? new Date(0),
    modifiedAt: row.modifiedAt,
    section: row.section,
    tags: row.tags.map((t) => t.tag),
    authors: row.authors.map((a) => a.author),
  };
}

async function listFeedArticles(where: Prisma.ArticleWhereInput): Promise<FeedArticleDTO[]> {
  const rows = await db.article.findMany({
    where: { ...where, ...publishedWhere() },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: FEED_ITEM_LIMIT,
    select: feedArticleSelect,
  });
  return rows.map(toFeedArticle);
}

/** The newest published articles of the whole site, newest first. */
export function listSiteFeedArticles(): Promise<FeedArticleDTO[]> {
  return listFeedArticles({});
}

export function listSectionFeedArticles(sectionId: string): Promise<FeedArticleDTO[]> {
  return listFeedArticles({ sectionId });
}

export function listAuthorFeedArticles(authorId: string): Promise<FeedArticleDTO[]> {
  return listFeedArticles({ authors: { some: { authorId } } });
}

/**
 * Everything public a sitemap lists. Articles come oldest first, so a new story lands at the
 * end and the earlier chunks of a sitemap index stay as they were.
 */
export async function listSitemapContent(now: Date = new Date()): Promise<SitemapContentDTO> {
  const published = publishedWhere(now);
  const [articles, sections, tags, authors] = await Promise.all([
    db.article.findMany({
      where: published,
      orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
      select: { slug: true, publishedAt: true, modifiedAt: true },
    }),
    db.section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { slug: true } }),
    db.tag.findMany({ where: { articles: { some: { article: published } } }, orderBy: { slug: "asc" }, select: { slug: true } }),
    db.author.findMany({ where: { articles: { some: { article: published } } }, orderBy: { slug: "asc" }, select: { slug: true } }),
  ]);
  return {
    articles: articles.map((a) => ({ slug: a.slug, lastModified: a.modifiedAt ?? a.publishedAt ?? new Date(0) })),
    sections,
    tags,
    authors,
  };
}

/** Articles published in the news window before `now`, newest first, at most 1,000. */
export async function listNewsSitemapArticles(now: Date = new Date()): Promise<NewsSitemapArticleDTO[]> {
  const rows = await db.article.findMany({
    where: { AND: [publishedWhere(now), { publishedAt: { gte: newsSitemapSince(now) } }] },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: NEWS_SITEMAP_MAX_URLS,
    select: { slug: true, title: true, publishedAt: true },
  });
  return rows.map((r) => ({ slug: r.slug, title: r.title, publishedAt: r.publishedAt ?? new Date(0) }));
}
