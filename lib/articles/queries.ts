/**
 * Public reads of articles. Every function here filters on publication inside itself:
 * drafts, articles in review, scheduled and archived ones can never come out of this file.
 */
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { ArticleCardDTO, ArticleDTO, Page } from "@/lib/articles/dto";
import type { Prisma } from "@/lib/generated/prisma/client";
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
      section: { select: { slug: true, name: true } },
      tags: { orderBy: { position: "asc" }, select: { tag: { select: { slug: true, name: true } } } },
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
    tags: row.tags.map((t) => t.tag),
    authors: row.authors.map((a) => toAuthorBox(a.author)),
    hero: hero && { ...hero, caption: row.heroCaption, credit: row.heroCredit },
    corrections: row.corrections,
  };
});

/** The newest published articles, newest first. */
export async function listLatestArticles(limit: number, skip = 0): Promise<ArticleCardDTO[]> {
  const rows = await db.article.findMany({
    where: publishedWhere(),
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    skip,
    select: cardSelect,
  });
  return rows.map(toCard);
}

/** The newest published articles of one section. */
export async function listSectionLatest(sectionId: string, limit: number): Promise<ArticleCardDTO[]> {
  const rows = await db.article.findMany({
    where: { sectionId, ...publishedWhere() },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: cardSelect,
  });
  return rows.map(toCard);
}

async function listPage(where: Prisma.ArticleWhereInput, page: number): Promise<Page<ArticleCardDTO>> {
  const filter = { ...where, ...publishedWhere() };
  const total = await db.article.count({ where: filter });
  const totalPages = pageCount(total, ARTICLES_PER_PAGE);
  const current = clampPage(page);
  const rows =
    current > totalPages
      ? []
      : await db.article.findMany({
          where: filter,
          orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
          skip: (current - 1) * ARTICLES_PER_PAGE,
          take: ARTICLES_PER_PAGE,
          select: cardSelect,
        });
  return { items: rows.map(toCard), page: current, totalPages, total };
}

export function listSectionArticles(sectionId: string, page: number): Promise<Page<ArticleCardDTO>> {
  return listPage({ sectionId }, page);
}

export function listTagArticles(tagId: string, page: number): Promise<Page<ArticleCardDTO>> {
  return listPage({ tags: { some: { tagId } } }, page);
}

export function listAuthorArticles(authorId: string, page: number): Promise<Page<ArticleCardDTO>> {
  return listPage({ authors: { some: { authorId } } }, page);
}

/**
 * Up to `limit` other published articles that share the most tags with this one, then the
 * newest of its section to fill the gaps.
 */
export async function listRelatedArticles(articleId: string, limit = 4): Promise<ArticleCardDTO[]> {
  const source = await db.article.findUnique({
    where: { id: articleId },
    select: { sectionId: true, tags: { select: { tagId: true } } },
  });
  if (!source) return [];
  const tagIds = source.tags.map((t) => t.tagId);
  const others: Prisma.ArticleWhereInput = { id: { not: articleId }, ...publishedWhere() };
  const byTag = tagIds.length
    ? await db.article.findMany({
        where: { ...others, tags: { some: { tagId: { in: tagIds } } } },
        orderBy: [{ publishedAt: "desc" }],
        take: 40,
        select: { ...cardSelect, tags: { select: { tagId: true } } },
      })
    : [];
  const ranked = byTag
    .map((row) => ({ row, shared: row.tags.filter((t) => tagIds.includes(t.tagId)).length }))
    .sort((a, b) => b.shared - a.shared)
    .slice(0, limit)
    .map(({ row }) => toCard(row));
  if (ranked.length >= limit || !source.sectionId) return ranked;
  const fill = await db.article.findMany({
    where: { ...others, sectionId: source.sectionId, id: { notIn: [articleId, ...ranked.map((r) => r.id)] } },
    orderBy: [{ publishedAt: "desc" }],
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

/** Every correction on a published story, newest first. */
export async function listCorrections(limit = 200): Promise<CorrectionListItemDTO[]> {
  const rows = await db.correction.findMany({
    where: { article: publishedWhere() },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, body: true, createdAt: true, article: { select: { slug: true, title: true } } },
  });
  return rows;
}
