/**
 * Public reads for feeds and sitemaps. Like lib/articles/queries.ts, every function filters on
 * publication inside itself (lib/articles/published.ts): drafts, articles in review, scheduled
 * and archived ones never reach a feed or a sitemap. The site's feed and the sitemaps are lists of
 * the latest stories and tag the response so (lib/cache/tags.ts); a section's or an author's
 * feed is the answer at its slug, tagged by getSection / getAuthorProfile.
 */
import "server-only";
import { LISTINGS_TAG, tagResponse } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { listPublishedIds, loadPublishedJson, type ArticleSource } from "@/lib/articles/published-ids";
import type { FeedArticleDTO, NewsSitemapArticleDTO, SitemapChunkDTO, SitemapContentDTO, SitemapHeadDTO } from "@/lib/feeds/dto";
import { NEWS_SITEMAP_MAX_URLS, newsSitemapSince } from "@/lib/feeds/news-sitemap";
import { countSitemapChunks, SITEMAP_CHUNK_URLS, type SitemapChunkRef } from "@/lib/feeds/sitemap";
import { Prisma } from "@/lib/generated/prisma/client";
import { publishedSql, publishedWhere } from "@/lib/articles/published";
import { bylinesJson, byPosition, sectionLinkJson, tagLinksJson } from "@/lib/articles/select";
import { columns, joinInOrder, jsonDate, jsonObject } from "@/lib/dialect";

/** Items in every RSS feed. */
export const FEED_ITEM_LIMIT = 50;

/** An RSS item of the article aliased `a`, as JSON: one statement for all of a feed's items. */
const feedArticleJson = jsonObject({
  ...columns("a", ["id", "slug", "title", "standfirst", "bodyHtml"]),
  publishedAt: jsonDate(Prisma.sql`a."publishedAt"`),
  modifiedAt: jsonDate(Prisma.sql`a."modifiedAt"`),
  section: sectionLinkJson,
  authors: bylinesJson,
  tags: tagLinksJson,
});

interface FeedArticleJson {
  id: string;
  slug: string;
  title: string;
  standfirst: string;
  bodyHtml: string;
  publishedAt: string | null;
  modifiedAt: string | null;
  section: FeedArticleDTO["section"];
  authors: { position: number; slug: string; name: string }[];
  tags: { position: number; slug: string; name: string }[];
}

function toFeedArticle(row: FeedArticleJson): FeedArticleDTO {
  return {
    slug: row.slug,
    title: row.title,
    standfirst: row.standfirst,
    bodyHtml: row.bodyHtml,
    // Published rows always have a publication time.
    publishedAt: new Date(row.publishedAt ?? 0),
    modifiedAt: row.modifiedAt === null ? null : new Date(row.modifiedAt),
    section: row.section,
    tags: byPosition(row.tags).map(({ slug, name }) => ({ slug, name })),
    authors: byPosition(row.authors).map(({ slug, name }) => ({ slug, name })),
  };
}

async function listFeedArticles(source: ArticleSource): Promise<FeedArticleDTO[]> {
  const now = new Date();
  const ids = await listPublishedIds(source, now, 0, FEED_ITEM_LIMIT);
  return (await loadPublishedJson<FeedArticleJson>(feedArticleJson, ids, now)).map(toFeedArticle);
}

/** The newest published articles of the whole site, newest first. */
export async function listSiteFeedArticles(): Promise<FeedArticleDTO[]> {
  const [articles] = await Promise.all([listFeedArticles({ kind: "site" }), tagResponse(LISTINGS_TAG)]);
  return articles;
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
 * as soon as one of its links reaches a published article (joined from the links, as in
 * lib/articles/published-ids.ts), so each costs a probe or two, not a walk of the archive.
 */
async function listSitemapHeadLinks(now: Date): Promise<Omit<SitemapHeadDTO, "newest">> {
  const [sections, tags, authors] = await Promise.all([
    db.section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { slug: true } }),
    db.$queryRaw<{ slug: string }[]>`
      SELECT t."slug" AS "slug" FROM "Tag" t
      WHERE EXISTS (SELECT 1 FROM "ArticleTag" l ${joinInOrder} "Article" a ON a."id" = l."articleId"
                    WHERE l."tagId" = t."id" AND ${publishedSql(now)})
      ORDER BY t."slug"`,
    db.$queryRaw<{ slug: string }[]>`
      SELECT w."slug" AS "slug" FROM "Author" w
      WHERE EXISTS (SELECT 1 FROM "ArticleAuthor" l ${joinInOrder} "Article" a ON a."id" = l."articleId"
                    WHERE l."authorId" = w."id" AND ${publishedSql(now)})
      ORDER BY w."slug"`,
  ]);
  return { sections, tags, authors };
}

/**
 * Everything public a sitemap lists. Articles come oldest first, so a new story lands at the
 * end and the earlier chunks of a sitemap index stay as they were. For a site that fits one
 * sitemap file; past SITEMAP_CHUNK_URLS, getSitemapIndex and getSitemapChunk read a chunk at a time.
 */
export async function listSitemapContent(now: Date = new Date()): Promise<SitemapContentDTO> {
  const [head, , articles] = await Promise.all([
    listSitemapHeadLinks(now),
    tagResponse(LISTINGS_TAG),
    db.article.findMany({ where: publishedWhere(now), orderBy: [{ publishedAt: "asc" }, { id: "asc" }], select: sitemapArticleSelect }),
  ]);
  return { ...head, articles: articles.map(toSitemapArticle) };
}

/** The head's URL count and the number of published articles: where each chunk starts. */
async function sitemapLayout(now: Date, max: number) {
  const [links, articleCount] = await Promise.all([listSitemapHeadLinks(now), db.article.count({ where: publishedWhere(now) }), tagResponse(LISTINGS_TAG)]);
  const lead = 1 + links.sections.length + links.tags.length + links.authors.length;
  return { links, articleCount, lead, chunks: countSitemapChunks(lead + articleCount, max) };
}

/** Articles' lastmod values are ISO strings in SQL; raw queries return them as text or Date. */
const toDate = (value: string | Date | null): Date | null => (value === null ? null : new Date(value));

/**
 * `/sitemap.xml` past SITEMAP_CHUNK_URLS: each chunk's newest lastmod, or null when every URL
 * fits one file (then listSitemapContent). Each chunk's articles are a range of the (status,
 * publishedAt, id, modifiedAt) index, so its newest date is read from the index alone; the
 * first chunk holds the front page, whose lastmod is the newest of all.
 */
export async function getSitemapIndex(now: Date = new Date(), max = SITEMAP_CHUNK_URLS): Promise<SitemapChunkRef[] | null> {
  const { lead, chunks } = await sitemapLayout(now, max);
  if (chunks === 1) return null;
  const dates: (Date | null)[] = [];
  for (let n = 1; n <= chunks; n++) {
    const { skip, take } = chunkArticles(n, lead, max);
    const rows = await db.$queryRaw<{ newest: string | Date | null }[]>`
      SELECT max(coalesce("modifiedAt", "publishedAt")) AS "newest" FROM (
        SELECT a."modifiedAt", a."publishedAt" FROM "Article" a WHERE ${publishedSql(now)}
        ORDER BY a."publishedAt", a."id" LIMIT ${take} OFFSET ${skip}) AS "chunk"`;
    dates.push(toDate(rows[0]?.newest ?? null));
  }
  const newest = dates.reduce<Date | null>((a, b) => (!a || (b && b > a) ? b : a), null);
  return dates.map((lastModified, i) => ({ n: i + 1, lastModified: i === 0 ? newest : lastModified }));
}

/** Which articles chunk `n` holds: URL positions [(n − 1) · max, n · max), the head first. */
function chunkArticles(n: number, lead: number, max: number): { skip: number; take: number } {
  const first = Math.max((n - 1) * max, lead);
  return { skip: first - lead, take: Math.max(0, n * max - first) };
}

/**
 * Chunk `n` (from 1) of the sitemap, or null when there is no such chunk. The head (front page,
 * sections, tags, authors) is all in the first chunk: it would only overflow it with more than
 * 10,000 sections, tags and authors. Its articles are a LIMIT/OFFSET over the same index:
 * skipping 90,000 entries reads index pages only (SQLite fetches a row when it is returned), so
 * the last chunk costs about what the first does.
 */
export async function getSitemapChunk(n: number, now: Date = new Date(), max = SITEMAP_CHUNK_URLS): Promise<SitemapChunkDTO | null> {
  const { links, lead, chunks } = await sitemapLayout(now, max);
  if (!Number.isInteger(n) || n < 1 || n > chunks) return null;
  const { skip, take } = chunkArticles(n, lead, max);
  const [articles, newest] = await Promise.all([
    take > 0
      ? db.article.findMany({ where: publishedWhere(now), orderBy: [{ publishedAt: "asc" }, { id: "asc" }], skip, take, select: sitemapArticleSelect })
      : [],
    n === 1
      ? db.$queryRaw<{ newest: string | Date | null }[]>`
          SELECT max(coalesce(a."modifiedAt", a."publishedAt")) AS "newest" FROM "Article" a WHERE ${publishedSql(now)}`
      : [],
  ]);
  return { head: n === 1 ? { ...links, newest: toDate(newest[0]?.newest ?? null) } : null, articles: articles.map(toSitemapArticle) };
}

/** Articles published in the news window before `now`, newest first, at most 1,000. */
export async function listNewsSitemapArticles(now: Date = new Date()): Promise<NewsSitemapArticleDTO[]> {
  const [rows] = await Promise.all([
    db.article.findMany({
      where: { AND: [publishedWhere(now), { publishedAt: { gte: newsSitemapSince(now) } }] },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: NEWS_SITEMAP_MAX_URLS,
      select: { slug: true, title: true, publishedAt: true },
    }),
    tagResponse(LISTINGS_TAG),
  ]);
  return rows.map((r) => ({ slug: r.slug, title: r.title, publishedAt: r.publishedAt ?? new Date(0) }));
}
