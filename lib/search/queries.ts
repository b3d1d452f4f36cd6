/**
 * Public full-text search over published articles, with SQLite FTS5.
 *
 * The index, "ArticleSearch", and the triggers that keep it in step with articles, their
 * tags and their authors are created by prisma/migrations/20261129010000_search; Prisma
 * does not model them, so this file reads them with parameterised raw SQL. The index holds
 * every article whatever its status, and — like every public read — the query keeps only
 * published ones whose time has come, inside this function.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Page } from "@/lib/articles/dto";
import { cardSelect, publishedWhere, toCard } from "@/lib/articles/select";
import type { SearchResultDTO } from "@/lib/search/dto";
import { HIGHLIGHT_END, HIGHLIGHT_START, hasHighlight, parseHighlights } from "@/lib/search/highlight";
import { toMatchExpression } from "@/lib/search/query";
import { clampPage, pageCount } from "@/lib/site/pagination";

export const SEARCH_RESULTS_PER_PAGE = 10;

/** Tokens of body text around the matches in a result's snippet (FTS5 allows up to 64). */
const SNIPPET_TOKENS = 32;

interface MatchRow {
  articleId: string;
  title: string;
  standfirst: string;
  body: string;
}

/**
 * One page of the published articles matching what a reader typed, best match first.
 * Ranked by BM25 with a match in the title worth most, then the standfirst, then tags and
 * authors, then the body. Input FTS5 cannot parse never reaches it (lib/search/query.ts);
 * input with nothing to search for gives an empty page.
 */
export async function searchArticles(q: string, page: number): Promise<Page<SearchResultDTO>> {
  const current = clampPage(page);
  const match = toMatchExpression(q);
  if (!match) return { items: [], page: current, totalPages: 1, total: 0 };

  // The same rule as publishedWhere(), in SQL: published, and its time has come. Prisma
  // binds `now` in the format it stores dates in, so the comparison is Prisma's own.
  const now = new Date();
  const counted = await ftsQuery(
    db.$queryRaw<{ total: bigint | number }[]>`
      SELECT count(*) AS total
      FROM "ArticleSearch" JOIN "Article" a ON a."id" = "ArticleSearch"."articleId"
      WHERE "ArticleSearch" MATCH ${match} AND a."status" = 'PUBLISHED' AND a."publishedAt" <= ${now}`,
  );
  const total = Number(counted[0]?.total ?? 0);
  const totalPages = pageCount(total, SEARCH_RESULTS_PER_PAGE);
  if (total === 0 || current > totalPages) return { items: [], page: current, totalPages, total };

  const rows = await ftsQuery(
    db.$queryRaw<MatchRow[]>`
      SELECT
        "ArticleSearch"."articleId" AS "articleId",
        highlight("ArticleSearch", 0, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}) AS "title",
        highlight("ArticleSearch", 1, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}) AS "standfirst",
        snippet("ArticleSearch", 2, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}, '…', ${SNIPPET_TOKENS}) AS "body"
      FROM "ArticleSearch" JOIN "Article" a ON a."id" = "ArticleSearch"."articleId"
      WHERE "ArticleSearch" MATCH ${match} AND a."status" = 'PUBLISHED' AND a."publishedAt" <= ${now}
      ORDER BY bm25("ArticleSearch", 10.0, 4.0, 1.0, 2.0, 2.0), a."publishedAt" DESC, a."id"
      LIMIT ${SEARCH_RESULTS_PER_PAGE} OFFSET ${(current - 1) * SEARCH_RESULTS_PER_PAGE}`,
  );

  // The cards come through the usual selection, filtered on publication once more.
  const cards = await db.article.findMany({
    where: { id: { in: rows.map((r) => r.articleId) }, ...publishedWhere(now) },
    select: cardSelect,
  });
  const cardById = new Map(cards.map((row) => [row.id, toCard(row)]));
  const items = rows.flatMap((row): SearchResultDTO[] => {
    const card = cardById.get(row.articleId);
    if (!card) return [];
    const body = parseHighlights(row.body);
    return [
      {
        ...card,
        highlights: {
          title: parseHighlights(row.title),
          standfirst: parseHighlights(row.standfirst),
          body: hasHighlight(body) ? body : [],
        },
      },
    ];
  });
  return { items, page: current, totalPages, total };
}

/**
 * Runs a MATCH query. Should FTS5 still reject an expression (it cannot, by construction of
 * toMatchExpression), the reader gets no results rather than an error page. These are the
 * messages of FTS5's query parser: a syntax error, an open string, an unknown `column:`.
 */
async function ftsQuery<T>(query: Promise<T[]>): Promise<T[]> {
  try {
    return await query;
  } catch (error) {
    if (error instanceof Error && /fts5: syntax error|unterminated string|no such column/i.test(error.message)) return [];
    throw error;
  }
}
