/**
 * Public reads of articles. Every function here filters on publication inside itself:
 * drafts, articles in review, scheduled and archived ones can never come out of this file.
 * And each tags the page being rendered with what it returns (lib/cache/tags.ts), so a change
 * to any of it finds every cached page that shows it, whichever route asked.
 */
import "server-only";
import { cache } from "react";
import { LISTINGS_TAG, articleTags, slugTag, tagResponse } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import type { ArticleCardDTO, ArticleDTO, Page } from "@/lib/articles/dto";
import { Prisma } from "@/lib/generated/prisma/client";
import { publishedSql } from "@/lib/articles/published";
import { countPublished, inIdOrder, listPublishedIds, listPublishedIdsBySection, loadPublishedJson, type ArticleSource } from "@/lib/articles/published-ids";
import {
  authorBoxFromJson,
  authorBoxJson,
  byPosition,
  cardFromJson,
  cardJson,
  imageJson,
  sectionLinkJson,
  tagLinksJson,
  toImage,
  type AuthorBoxJson,
  type CardJson,
  type ImageJson,
} from "@/lib/articles/select";
import { clampPage, pageCount } from "@/lib/site/pagination";
import { columns, joinInOrder, jsonDate, jsonObject, jsonRows, readJson, type JsonColumn } from "@/lib/dialect";

export const ARTICLES_PER_PAGE = 12;

/**
 * The story page's read, in one statement: Prisma loads each relation with a query of its own
 * (eleven for a story with a hero image, tags, authors and corrections), and on SQLite every
 * query costs a compile and a round of its own. Related rows come back as JSON built by the database,
 * in the shapes of imageSelect and authorBoxSelect, so the same mappers turn them into DTOs;
 * lists carry their `position` (or date) and are sorted here. lib/articles/queries.int.test.ts
 * checks the result against Prisma's own relation reads of the same story.
 */
const publishedArticleJson = (slug: string, now: Date) => Prisma.sql`
  SELECT ${jsonObject({
    ...columns("a", ["id", "slug", "title", "standfirst", "bodyHtml", "readingMinutes", "wordCount"]),
    publishedAt: jsonDate(Prisma.sql`a."publishedAt"`),
    modifiedAt: jsonDate(Prisma.sql`a."modifiedAt"`),
    ...columns("a", ["seoTitle", "seoDescription", "commentsOpen", "commentCount", "heroAlt", "heroCaption", "heroCredit"]),
    heroImage: imageJson(Prisma.sql`a."heroImageId"`),
    sectionId: Prisma.sql`a."sectionId"`,
    section: sectionLinkJson,
    tags: tagLinksJson,
    authors: jsonRows(
      jsonObject({ position: Prisma.sql`l."position"`, box: authorBoxJson }),
      Prisma.sql`FROM "ArticleAuthor" l ${joinInOrder} "Author" w ON w."id" = l."authorId" WHERE l."articleId" = a."id"`,
    ),
    corrections: jsonRows(
      jsonObject({ ...columns("c", ["id", "body"]), createdAt: jsonDate(Prisma.sql`c."createdAt"`) }),
      Prisma.sql`FROM "Correction" c WHERE c."articleId" = a."id"`,
    ),
  })} AS "json"
  FROM "Article" a
  WHERE a."slug" = ${slug} AND ${publishedSql(now)}
  LIMIT 1`;

/** The statement's JSON: ArticleDTO's plain fields as they are, dates as text, lists with their order. */
type PublishedArticleJson = Pick<
  ArticleDTO,
  "id" | "slug" | "title" | "standfirst" | "bodyHtml" | "readingMinutes" | "wordCount" | "seoTitle" | "seoDescription" | "commentCount" | "section" | "sectionId"
> & {
  publishedAt: string;
  modifiedAt: string | null;
  /** 0 or 1 from SQLite, a boolean from PostgreSQL. */
  commentsOpen: 0 | 1 | boolean;
  heroAlt: string;
  heroCaption: string;
  heroCredit: string;
  heroImage: ImageJson | null;
  tags: { position: number; id: string; slug: string; name: string }[];
  authors: { position: number; box: AuthorBoxJson }[];
  corrections: { id: string; body: string; createdAt: string }[];
};

/** A published article by its current slug, or null; either way the answer at that slug. */
export const getPublishedArticle = cache(async (slug: string): Promise<ArticleDTO | null> => {
  const [[found]] = await Promise.all([db.$queryRaw<{ json: JsonColumn }[]>(publishedArticleJson(slug, new Date())), tagResponse(slugTag("ARTICLE", slug))]);
  if (!found) return null;
  const article = toArticle(readJson<PublishedArticleJson>(found.json));
  await tagResponse(articleTags(article));
  return article;
});

function toArticle(row: PublishedArticleJson): ArticleDTO {
  const hero = toImage(row.heroImage, row.heroAlt);
  const tags = byPosition(row.tags);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    standfirst: row.standfirst,
    bodyHtml: row.bodyHtml,
    readingMinutes: row.readingMinutes,
    wordCount: row.wordCount,
    publishedAt: new Date(row.publishedAt),
    modifiedAt: row.modifiedAt === null ? null : new Date(row.modifiedAt),
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    commentsOpen: Boolean(row.commentsOpen),
    commentCount: row.commentCount,
    section: row.section,
    sectionId: row.sectionId,
    tags: tags.map(({ slug, name }) => ({ slug, name })),
    tagIds: tags.map((t) => t.id),
    authors: byPosition(row.authors).map((author) => authorBoxFromJson(author.box)),
    hero: hero && { ...hero, caption: row.heroCaption, credit: row.heroCredit },
    corrections: row.corrections
      .map((c) => ({ id: c.id, body: c.body, createdAt: new Date(c.createdAt) }))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()),
  };
}

/** Cards, once the page being rendered is tagged with each card's story, section and bylines. */
async function taggedCards(cards: ArticleCardDTO[]): Promise<ArticleCardDTO[]> {
  await tagResponse(articleTags(...cards));
  return cards;
}

/** Cards of the given articles that are published, in the order of `ids`, in one statement. */
export async function loadCards(ids: readonly string[], now: Date): Promise<ArticleCardDTO[]> {
  return taggedCards((await loadPublishedJson<CardJson>(cardJson, ids, now)).map(cardFromJson));
}

/** The newest published articles, newest first: a list of the latest stories. */
export async function listLatestArticles(limit: number, skip = 0): Promise<ArticleCardDTO[]> {
  const now = new Date();
  const [ids] = await Promise.all([listPublishedIds({ kind: "site" }, now, skip, limit), tagResponse(LISTINGS_TAG)]);
  return loadCards(ids, now);
}

/** The newest `limit` published articles of each section (the front page's blocks), in two statements. */
export async function listSectionsLatest(sectionIds: readonly string[], limit: number): Promise<Map<string, ArticleCardDTO[]>> {
  const now = new Date();
  const [ids] = await Promise.all([listPublishedIdsBySection(sectionIds, now, limit), tagResponse(LISTINGS_TAG)]);
  const cards = await loadCards([...ids.values()].flat(), now);
  return new Map([...ids].map(([sectionId, list]) => [sectionId, inIdOrder(list, cards)]));
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
        FROM "ArticleTag" l ${joinInOrder} "Article" a ON a."id" = l."articleId"
        WHERE l."tagId" IN (${Prisma.join(tagIds)}) AND l."articleId" <> ${articleId}
          AND ${publishedSql(now)}
        GROUP BY l."articleId"
        ORDER BY max(a."publishedAt") DESC, l."articleId" DESC
        LIMIT ${RELATED_CANDIDATES}`
    : [];
  // Most shared tags first; among equals, the newer (the sort is stable).
  const best = [...candidates].sort((a, b) => Number(b.shared) - Number(a.shared)).slice(0, limit);
  const ranked = await loadCards(best.map((c) => c.id), now);
  if (ranked.length >= limit || !sectionId) return ranked;
  // The section's newest, as cards in one statement: the (sectionId, status, publishedAt, id)
  // index gives them in order, so SQLite builds the JSON of the few it keeps.
  const fill = await db.$queryRaw<{ json: JsonColumn }[]>`
    SELECT ${cardJson} AS "json" FROM "Article" a
    WHERE a."sectionId" = ${sectionId} AND ${publishedSql(now)}
      AND a."id" NOT IN (${Prisma.join([articleId, ...ranked.map((r) => r.id)])})
    ORDER BY a."publishedAt" DESC, a."id" DESC
    LIMIT ${limit - ranked.length}`;
  return [...ranked, ...(await taggedCards(fill.map((row) => cardFromJson(readJson<CardJson>(row.json)))))];
}

export interface CorrectionListItemDTO {
  id: string;
  body: string;
  createdAt: Date;
  article: { slug: string; title: string };
}

/**
 * Every correction on a published story, newest first: a list like the latest stories. Walks the corrections newest first and
 * checks each one's article in the (id, status, publishedAt) index (joined in that order: Prisma's
 * relation filter would walk every published article looking for corrections instead).
 */
export async function listCorrections(limit = 200): Promise<CorrectionListItemDTO[]> {
  const now = new Date();
  const [ids] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`
    SELECT c."id" AS "id"
    FROM "Correction" c ${joinInOrder} "Article" a ON a."id" = c."articleId"
    WHERE ${publishedSql(now)}
    ORDER BY c."createdAt" DESC, c."id" DESC
    LIMIT ${limit}`,
    tagResponse(LISTINGS_TAG),
  ]);
  const rows = await db.correction.findMany({
    where: { id: { in: ids.map((r) => r.id) } },
    select: { id: true, body: true, createdAt: true, article: { select: { slug: true, title: true } } },
  });
  return inIdOrder(ids.map((r) => r.id), rows);
}
