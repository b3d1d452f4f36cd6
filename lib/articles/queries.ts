/**
 * Public reads of articles. Every function here filters on publication inside itself:
 * drafts, articles in review, scheduled and archived ones can never come out of this file.
 */
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { ArticleCardDTO, ArticleDTO, Page } from "@/lib/articles/dto";
import { Prisma } from "@/lib/generated/prisma/client";
import { countPublished, inIdOrder, listPublishedIds, type ArticleSource } from "@/lib/articles/published-ids";
import { authorBoxSelect, cardSelect, imageSelect, publishedWhere, toAuthorBox, toCard, toImage } from "@/lib/articles/select";
import { clampPage, pageCount } from "@/lib/site/pagination";

export const ARTICLES_PER_PAGE = 12;

/** A published article by its current slug, or null. */
export const getPublishedArticle = cache(async (slug: string): Promise<ArticleDTO | null> => {
  const row = await db.article.findFirst({
    where: { slug, ...publishedWhere() },
    select: {
      id: true,
      slug: true,
      title: true,
      standfirst: true,
      bodyHtml: true,
      readingMinutes: true,
      wordCount: true,
      publishedAt: true,
      modifiedAt: true,
      seoTitle: true,
      seoDescription: true,
      commentsOpen: true,
      commentCount: true,
      heroAlt: true,
      heroCaption: true,
      heroCredit: true,
      heroImage: { select: imageSelect },
      sectionId: true,
      section: { select: { slug: true, name: true } },
      tags: { orderBy: { position: "asc" }, select: { tagId: true, tag: { select: { slug: true, name: true } } } },
      authors: { orderBy: { position: "asc" }, select: { author: { select: authorBoxSelect } } },
      corrections: { orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true } },
    },
  });
  if (!row || !row.publishedAt) return null;
  const hero = toImage(row.heroImage, row.heroAlt);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    standfirst: row.standfirst,
    bodyHtml: row.bodyHtml,
    readingMinutes: row.readingMinutes,
    wordCount: row.wordCount,
    publishedAt: row.publishedAt,
    modifiedAt: row.modifiedAt,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    commentsOpen: row.commentsOpen,
    commentCount: row.commentCount,
    section: row.section,
    sectionId: row.sectionId,
    tags: row.tags.map((t) => t.tag),
    tagIds: row.tags.map((t) => t.tagId),
    authors: row.authors.map((a) => toAuthorBox(a.author)),
    hero: hero && { ...hero, caption: row.heroCaption, credit: row.heroCredit },
    corrections: row.corrections,
  };
});

/** Cards of the given published articles, in the order of `ids`. */
async function loadCards(ids: readonly string[], now: Date): Promise<ArticleCardDTO[]> {
  if (ids.length === 0) return [];
  const rows = await db.article.findMany({ where: { id: { in: [...ids] }, ...publishedWhere(now) }, select: cardSelect });
  return inIdOrder(ids, rows).map(toCard);
}

/** The newest published articles, newest first. */
export async function listLatestArticles(limit: number, skip = 0): Promise<ArticleCardDTO[]> {
  const now = new Date();
  return loadCards(await listPublishedIds({ kind: "site" }, now, skip, limit), now);
}

/** The newest published articles of one section. */
export async function listSectionLatest(sectionId: string, limit: number): Promise<ArticleCardDTO[]> {
  const now = new Date();
  return loadCards(await listPublishedIds({ kind: "section", sectionId }, now, 0, limit), now);
}

/** One numbered page of a list (see lib/articles/published-ids.ts for how deep pages stay cheap). */
async function listPage(source: ArticleSource, page: number): Promise<Page<ArticleCardDTO>> {
  const now = new Date();
  const total = await countPublished(source, now);
  const totalPages = pageCount(total, ARTICLES_PER_PAGE);
  const current = clampPage(page);
  const items =
    current > totalPages ? [] : await loadCards(await listPublishedIds(source, now, (current - 1) * ARTICLES_PER_PAGE, ARTICLES_PER_PAGE), now);
  return { items, page: current, totalPages, total };
}

export function listSectionArticles(sectionId: string, page: number): Promise<Page<ArticleCardDTO>> {
  return listPage({ kind: "section", sectionId }, page);
}

export function listTagArticles(tagId: string, page: number): Promise<Page<ArticleCardDTO>> {
  return listPage({ kind: "tag", tagId }, page);
}

export function listAuthorArticles(authorId: string, page: number): Promise<Page<ArticleCardDTO>> {
  return listPage({ kind: "author", authorId }, page);
}

/** Stories sharing tags with an article: how many look-alikes are weighed before the best are kept. */
const RELATED_CANDIDATES = 40;

/**
 * Up to `limit` other published articles that share the most tags with this one (of the 40
 * newest sharing any), then the newest of its section to fill the gaps. The candidates come
 * from the tags' links, each article checked in the (id, status, publishedAt) index, so the
 * work grows with the size of the article's tags, not of the archive.
 */
export async function listRelatedArticles(article: Pick<ArticleDTO, "id" | "sectionId" | "tagIds">, limit = 4): Promise<ArticleCardDTO[]> {
  const now = new Date();
  const { id: articleId, sectionId, tagIds } = article;
  const candidates = tagIds.length
    ? await db.$queryRaw<{ id: string; shared: bigint | number }[]>`
        SELECT l."articleId" AS "id", count(*) AS "shared"
        FROM "ArticleTag" l CROSS JOIN "Article" a ON a."id" = l."articleId"
        WHERE l."tagId" IN (${Prisma.join(tagIds)}) AND l."articleId" <> ${articleId}
          AND a."status" = 'PUBLISHED' AND a."publishedAt" <= ${now}
        GROUP BY l."articleId"
        ORDER BY max(a."publishedAt") DESC, l."articleId" DESC
        LIMIT ${RELATED_CANDIDATES}`
    : [];
  // Most shared tags first; among equals, the newer (the sort is stable).
  const best = [...candidates].sort((a, b) => Number(b.shared) - Number(a.shared)).slice(0, limit);
  const ranked = await loadCards(best.map((c) => c.id), now);
  if (ranked.length >= limit || !sectionId) return ranked;
  const fill = await db.article.findMany({
    where: { ...publishedWhere(now), sectionId, id: { notIn: [articleId, ...ranked.map((r) => r.id)] } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit - ranked.length,
    select: cardSelect,
  });
  return [...ranked, ...fill.map(toCard)];
}

export interface CorrectionListItemDTO {
  id: string;
  body: string;
  createdAt: Date;
  article: { slug: string; title: string };
}

/**
 * Every correction on a published story, newest first. Walks the corrections newest first and
 * checks each one's article in the (id, status, publishedAt) index (CROSS JOIN: Prisma's
 * relation filter would walk every published article looking for corrections instead).
 */
export async function listCorrections(limit = 200): Promise<CorrectionListItemDTO[]> {
  const now = new Date();
  const ids = await db.$queryRaw<{ id: string }[]>`
    SELECT c."id" AS "id"
    FROM "Correction" c CROSS JOIN "Article" a ON a."id" = c."articleId"
    WHERE a."status" = 'PUBLISHED' AND a."publishedAt" <= ${now}
    ORDER BY c."createdAt" DESC, c."id" DESC
    LIMIT ${limit}`;
  const rows = await db.correction.findMany({
    where: { id: { in: ids.map((r) => r.id) } },
    select: { id: true, body: true, createdAt: true, article: { select: { slug: true, title: true } } },
  });
  return inIdOrder(ids.map((r) => r.id), rows);
}
