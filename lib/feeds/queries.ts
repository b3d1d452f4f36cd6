/**
 * Public reads for feeds and sitemaps. Like lib/articles/queries.ts, every function filters on
 * publication inside itself (publishedWhere): drafts, articles in review, scheduled and archived
 * ones never reach a feed or a sitemap.
 */
import "server-only";
import { db } from "@/lib/db";
import { inIdOrder, listPublishedIds, type ArticleSource } from "@/lib/articles/published-ids";
import type { FeedArticleDTO, NewsSitemapArticleDTO, SitemapChunkDTO, SitemapContentDTO, SitemapHeadDTO } from "@/lib/feeds/dto";
import { NEWS_SITEMAP_MAX_URLS, newsSitemapSince } from "@/lib/feeds/news-sitemap";
import { countSitemapChunks, SITEMAP_MAX_URLS, type SitemapChunkRef } from "@/lib/feeds/sitemap";
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

async function listFeedArticles(source: ArticleSource): Promise<FeedArticleDTO[]> {
  const now = new Date();
  const ids = await listPublishedIds(source, now, 0, FEED_ITEM_LIMIT);
  const rows = await db.article.findMany({ where: { id: { in: ids }, ...publishedWhere(now) }, select: { id: true, ...feedArticleSelect } });
  return inIdOrder(ids, rows).map(toFeedArticle);
}

/** The newest published articles of the whole site, newest first. */
export function listSiteFeedArticles(): Promise<FeedArticleDTO[]> {
  return listFeedArticles({ kind: "site" });
}

export function listSectionFeedArticles(sectionId: string): Promise<FeedArticleDTO[]> {
  return listFeedArticles({ kind: "section", sectionId });
}

export function listAuthorFeedArticles(authorId: string): Promise<FeedArticleDTO[]> {
  return listFeedArticles({ kind: "author", authorId });
}

const sitemapArticleSelect = { slug: true, publishedAt: true, modifiedAt: true } satisfies Prisma.ArticleSelect;

function toSitemapArticle(a: Prisma.ArticleGetPayload<{ select: typeof sitemapArticleSelect }>): SitemapContentDTO["articles"][number] {
  return { slug: a.slug, lastModified: a.modifiedAt ?? a.publishedAt ?? new Date(0) };
}

/**
 * The sections, and the tags and authors with a published article. A tag or author qualifies
 * as soon as one of its links reaches a published article (CROSS JOIN: from the links, as in
 * lib/articles/published-ids.ts), so each costs a probe or two, not a walk of the archive.
 */
async function listSitemapHeadLinks(now: Date): Promise<Omit<SitemapHeadDTO, "newest">> {
  const [sections, tags, authors] = await Promise.all([
    db.section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { slug: true } }),
    db.$queryRaw<{ slug: string }[]>`
      SELECT t."slug" AS "slug" FROM "Tag" t
      WHERE EXISTS (SELECT 1 FROM "ArticleTag" l CROSS JOIN "Article" a ON a."id" = l."articleId"
                    WHERE l."tagId" = t."id" AND a."status" = 'PUBLISHED' AND a."publishedAt" <= ${now})
      ORDER BY t."slug"`,
    db.$queryRaw<{ slug: string }[]>`
      SELECT w."slug" AS "slug" FROM "Author" w
      WHERE EXISTS (SELECT 1 FROM "ArticleAuthor" l CROSS JOIN "Article" a ON a."id" = l."articleId"
                    WHERE l."authorId" = w."id" AND a."status" = 'PUBLISHED' AND a."publishedAt" <= ${now})
      ORDER BY w."slug"`,
  ]);
  return { sections, tags, authors };
}

/**
 * Everything public a sitemap lists. Articles come oldest first, so a new story lands at the
 * end and the earlier chunks of a sitemap index stay as they were. For a site that fits one
 * sitemap file; past SITEMAP_MAX_URLS, getSitemapIndex and getSitemapChunk read a chunk at a time.
 */
export async function listSitemapContent(now: Date = new Date()): Promise<SitemapContentDTO> {
  const [head, articles] = await Promise.all([
    listSitemapHeadLinks(now),
    db.article.findMany({ where: publishedWhere(now), orderBy: [{ publishedAt: "asc" }, { id: "asc" }], select: sitemapArticleSelect }),
  ]);
  return { ...head, articles: articles.map(toSitemapArticle) };
}

/** The head's URL count and the number of published articles: where each chunk starts. */
async function sitemapLayout(now: Date, max: number) {
  const [links, articleCount] = await Promise.all([listSitemapHeadLinks(now), db.article.count({ where: publishedWhere(now) })]);
  const lead = 1 + links.sections.length + links.tags.length + links.authors.length;
  return { links, articleCount, lead, chunks: countSitemapChunks(lead + articleCount, max) };
}

/** Articles' lastmod values are ISO strings in SQL; raw queries return them as text or Date. */
const toDate = (value: string | Date | null): Date | null => (value === null ? null : new Date(value));

/**
 * `/sitemap.xml` past SITEMAP_MAX_URLS: each chunk's newest lastmod, or null when every URL
 * fits one file (then listSitemapContent). One walk of the (status, publishedAt, id,
 * modifiedAt) index numbers the articles and takes each chunk's newest date, reading no rows.
 */
export async function getSitemapIndex(now: Date = new Date(), max = SITEMAP_MAX_URLS): Promise<SitemapChunkRef[] | null> {
  const { lead, chunks } = await sitemapLayout(now, max);
  if (chunks === 1) return null;
  const rows = await db.$queryRaw<{ chunk: bigint | number; lastModified: string | Date | null }[]>`
    SELECT "chunk", max("lastModified") AS "lastModified" FROM (
      -- Integer division: the driver may bind JavaScript numbers as floating point.
      SELECT (row_number() OVER (ORDER BY "publishedAt", "id") - 1 + CAST(${lead} AS INTEGER)) / CAST(${max} AS INTEGER) AS "chunk",
             coalesce("modifiedAt", "publishedAt") AS "lastModified"
      FROM "Article" WHERE "status" = 'PUBLISHED' AND "publishedAt" <= ${now})
    GROUP BY "chunk"`;
  const dates = new Map(rows.map((r) => [Number(r.chunk) + 1, toDate(r.lastModified)]));
  // The first chunk holds the front page, whose lastmod is the newest of all.
  const newest = [...dates.values()].reduce<Date | null>((a, b) => (!a || (b && b > a) ? b : a), null);
  return Array.from({ length: chunks }, (_, i) => ({ n: i + 1, lastModified: i === 0 ? newest : (dates.get(i + 1) ?? null) }));
}

/**
 * Chunk `n` (from 1) of the sitemap, or null when there is no such chunk. The head (front page,
 * sections, tags, authors) is all in the first chunk: it would only overflow it with tens of
 * thousands of sections, tags and authors. Its articles are a
 * LIMIT/OFFSET over the same index: skipping 50,000 entries reads index pages only (SQLite
 * fetches a row when it is returned), so the last chunk costs about what the first does.
 */
export async function getSitemapChunk(n: number, now: Date = new Date(), max = SITEMAP_MAX_URLS): Promise<SitemapChunkDTO | null> {
  const { links, lead, chunks } = await sitemapLayout(now, max);
  if (!Number.isInteger(n) || n < 1 || n > chunks) return null;
  const start = (n - 1) * max;
  const end = n * max;
  const first = Math.max(start, lead);
  const [articles, newest] = await Promise.all([
    end > first
      ? db.article.findMany({
          where: publishedWhere(now),
          orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
          skip: first - lead,
          take: end - first,
          select: sitemapArticleSelect,
        })
      : [],
    n === 1
      ? db.$queryRaw<{ newest: string | Date | null }[]>`
          SELECT max(coalesce("modifiedAt", "publishedAt")) AS "newest" FROM "Article" WHERE "status" = 'PUBLISHED' AND "publishedAt" <= ${now}`
      : [],
  ]);
  return { head: n === 1 ? { ...links, newest: toDate(newest[0]?.newest ?? null) } : null, articles: articles.map(toSitemapArticle) };
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
