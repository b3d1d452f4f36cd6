/**
 * Public full-text search over published articles, with SQLite FTS5.
 *
 * The index, "ArticleSearch", takes its text from "ArticleSearchDocument" (one row per article,
 * whose integer id is the index's rowid), and triggers keep both in step with articles, their
 * tags and their authors (prisma/migrations/20261129010000_search and 20261129190000_scale);
 * Prisma does not model them, so this file reads them with parameterised raw SQL. The index
 * holds every article whatever its status, and — like every public read — the query keeps only
 * published ones whose time has come, inside this function.
 *
 * Built for 100,000 articles, where a common word matches nearly all of them:
 * - the count never reads a document: every match, less the matches among the few articles
 *   that are not public (found through Article's indexes), both counted inside the FTS index;
 * - BM25 ranks at most SEARCH_RANKED_MATCHES matches, the most recently indexed (the newest or
 *   latest edited stories): ranking all 100,000 matches of "the" took 120 ms;
 * - highlights and snippets are made for the ten results shown, not for every match;
 * - a match restricted to a few documents names their rowid range to FTS5 and leaves the list
 *   itself to SQLite (`+rowid IN (…)`): handed the list, FTS5 runs the whole query once per
 *   rowid, and a prefix query ("before*" merges every term it covers) took 2–3 ms each time.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Page } from "@/lib/articles/dto";
import { loadCards } from "@/lib/articles/queries";
import { Prisma } from "@/lib/generated/prisma/client";
import { notPublicSql } from "@/lib/articles/published-ids";
import type { SearchResultDTO } from "@/lib/search/dto";
import { HIGHLIGHT_END, HIGHLIGHT_START, hasHighlight, parseHighlights } from "@/lib/search/highlight";
import { toMatchExpression } from "@/lib/search/query";
import { clampPage, pageCount } from "@/lib/site/pagination";

export const SEARCH_RESULTS_PER_PAGE = 10;

/**
 * How many matches BM25 ranks: a query that matches more stories ranks the most recently
 * indexed this many, and offers that many results (100 pages). The count stays exact.
 */
export const SEARCH_RANKED_MATCHES = 1_000;

/** Tokens of body text around the matches in a result's snippet (FTS5 allows up to 64). */
const SNIPPET_TOKENS = 32;

interface RankedRow {
  docId: bigint | number;
  articleId: string;
}

interface HighlightRow {
  docId: bigint | number;
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
  const total = await countPublicMatches(match, now);
  const totalPages = Math.min(pageCount(total, SEARCH_RESULTS_PER_PAGE), pageCount(SEARCH_RANKED_MATCHES, SEARCH_RESULTS_PER_PAGE));
  if (total === 0 || current > totalPages) return { items: [], page: current, totalPages, total };

  // Ranked among the newest SEARCH_RANKED_MATCHES matches: `floor` is the rowid of the last of
  // them (FTS5 walks a match list by rowid, newest first, and stops there).
  const ranked = await ftsQuery(
    db.$queryRaw<RankedRow[]>`
      SELECT s.rowid AS "docId", d."articleId" AS "articleId"
      FROM "ArticleSearch" s
      CROSS JOIN "ArticleSearchDocument" d ON d."id" = s.rowid
      CROSS JOIN "Article" a ON a."id" = d."articleId"
      WHERE "ArticleSearch" MATCH ${match}
        AND s.rowid >= coalesce((
          SELECT rowid FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${match}
          ORDER BY rowid DESC LIMIT 1 OFFSET ${SEARCH_RANKED_MATCHES - 1}), 0)
        AND a."status" = 'PUBLISHED' AND a."publishedAt" <= ${now}
      ORDER BY bm25("ArticleSearch", 10.0, 4.0, 1.0, 2.0, 2.0), a."publishedAt" DESC, a."id"
      LIMIT ${SEARCH_RESULTS_PER_PAGE} OFFSET ${(current - 1) * SEARCH_RESULTS_PER_PAGE}`,
  );
  if (ranked.length === 0) return { items: [], page: current, totalPages, total };
  const docIds = ranked.map((r) => Number(r.docId));

  const [highlighted, cards] = await Promise.all([
    ftsQuery(
      db.$queryRaw<HighlightRow[]>`
        SELECT
          rowid AS "docId",
          highlight("ArticleSearch", 0, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}) AS "title",
          highlight("ArticleSearch", 1, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}) AS "standfirst",
          snippet("ArticleSearch", 2, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}, '…', ${SNIPPET_TOKENS}) AS "body"
        FROM "ArticleSearch"
        WHERE "ArticleSearch" MATCH ${match}
          AND rowid BETWEEN ${Math.min(...docIds)} AND ${Math.max(...docIds)}
          AND +rowid IN (${Prisma.join(docIds)})`,
    ),
    // The cards come through the usual read, filtered on publication once more.
    loadCards(ranked.map((r) => r.articleId), now),
  ]);
  const highlightsByDoc = new Map(highlighted.map((row) => [Number(row.docId), row]));
  const cardById = new Map(cards.map((card) => [card.id, card]));
  const items = ranked.flatMap((row): SearchResultDTO[] => {
    const card = cardById.get(row.articleId);
    const marked = highlightsByDoc.get(Number(row.docId));
    if (!card || !marked) return [];
    const body = parseHighlights(marked.body);
    return [
      {
        ...card,
        highlights: {
          title: parseHighlights(marked.title),
          standfirst: parseHighlights(marked.standfirst),
          body: hasHighlight(body) ? body : [],
        },
      },
    ];
  });
  return { items, page: current, totalPages, total };
}

/**
 * Published matches whose time has come: all matches, less those among the articles that are
 * not public (drafts, scheduled, archived, or not yet due — few, and found by Article's indexes).
 */
async function countPublicMatches(match: string, now: Date): Promise<number> {
  const notPublic = Prisma.sql`
    SELECT d."id" AS "id" FROM "Article" a CROSS JOIN "ArticleSearchDocument" d ON d."articleId" = a."id"
    WHERE ${notPublicSql(now)}`;
  const rows = await ftsQuery(
    db.$queryRaw<{ total: bigint | number }[]>`
      SELECT
        (SELECT count(*) FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${match})
        - (SELECT count(*) FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${match}
            AND rowid BETWEEN (SELECT min("id") FROM (${notPublic})) AND (SELECT max("id") FROM (${notPublic}))
            AND +rowid IN (SELECT "id" FROM (${notPublic}))) AS total`,
  );
  return Number(rows[0]?.total ?? 0);
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
