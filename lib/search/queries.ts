/**
 * Public full-text search over published articles, with SQLite FTS5 or PostgreSQL's text search
 * (each statement's two forms side by side below; docs/postgresql.md says how the PostgreSQL
 * index matches FTS5's results).
 *
 * The index ("ArticleSearch", its text from "ArticleSearchDocument") and the triggers that keep it
 * in step are hand-written SQL in prisma/migrations that Prisma does not model, so this file reads
 * them with parameterised raw SQL, keeping only published articles whose time has come. Why a
 * search is two statements, each evaluating the MATCH once: docs/performance.md, "Search".
 */import "server-only";
import { db, dialect } from "@/lib/db";
import type { Page } from "@/lib/articles/dto";
import { PUBLISHED_SQL } from "@/lib/articles/published";
import { loadCards } from "@/lib/articles/queries";
import type { SqlDialect } from "@/lib/db-adapter";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchResultDTO } from "@/lib/search/dto";
import { HIGHLIGHT_END, HIGHLIGHT_START, hasHighlight, parseHighlights } from "@/lib/search/highlight";
import { asciiPrefixTerm, matchExpression, parseSearchTerms, tsQueryText, type SearchTerms } from "@/lib/search/query";
import { clampPage, pageCount } from "@/lib/site/pagination";

export const SEARCH_RESULTS_PER_PAGE = 10;

/**
 * How many matches BM25 ranks: a query that matches more published stories ranks the most
 * recently indexed this many (the newest, or latest edited), and offers that many results.
 */
export const SEARCH_RANKED_MATCHES = 1_000;

/** Tokens of body text around the matches in a result's snippet (FTS5 allows up to 64). */
const SNIPPET_TOKENS = 32;

/** One page of results. `total` counts the ranked matches; `more` says more stories match. */
export interface SearchPage extends Page<SearchResultDTO> {
  more: boolean;
}

interface RankedRow {
  /** Public matches in the window, plus one when more match: on every row, even the empty page's. */
  matches: bigint | number;
  docId: bigint | number | null;
  articleId: string | null;
}

interface HighlightRow {
  docId: bigint | number;
  title: string;
  standfirst: string;
  body: string;
}

/**
 * One page of the published articles matching what a reader typed, best match first.
 * Ranked with a match in the title worth most, then the standfirst, then tags and authors, then
 * the body (BM25 on SQLite, ts_rank on PostgreSQL). Input the engine's query language could
 * misread never reaches it (lib/search/query.ts); input with nothing to search for gives an empty
 * page. `window` is SEARCH_RANKED_MATCHES but in tests.
 */
export async function searchArticles(q: string, page: number, window = SEARCH_RANKED_MATCHES): Promise<SearchPage> {
  const current = clampPage(page);
  const terms = parseSearchTerms(q);
  const match = terms && (await matchFor(terms));
  if (!match) return { items: [], page: current, totalPages: 1, total: 0, more: false };

  const now = new Date();
  const rows = await ftsQuery(db.$queryRaw<RankedRow[]>(RANKED_SQL[dialect](match, now, window, (current - 1) * SEARCH_RESULTS_PER_PAGE)));
  const matches = Number(rows[0]?.matches ?? 0);
  const total = Math.min(matches, window);
  const more = matches > window;
  const totalPages = pageCount(total, SEARCH_RESULTS_PER_PAGE);
  const ranked = rows.flatMap((r) => (r.docId === null || r.articleId === null ? [] : [{ docId: BigInt(r.docId), articleId: r.articleId }]));
  if (ranked.length === 0) return { items: [], page: current, totalPages, total, more };

  const [highlighted, cards] = await Promise.all([
    ftsQuery(db.$queryRaw<HighlightRow[]>(HIGHLIGHTS_SQL[dialect](match, ranked.map((r) => r.docId)))),
    // The cards come through the usual read, filtered on publication once more.
    loadCards(ranked.map((r) => r.articleId), now),
  ]);
  const highlightsByDoc = new Map(highlighted.map((row) => [BigInt(row.docId), row]));
  const cardById = new Map(cards.map((card) => [card.id, card]));
  const items = ranked.flatMap((row): SearchResultDTO[] => {
    const card = cardById.get(row.articleId);
    const marked = highlightsByDoc.get(row.docId);
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
  return { items, page: current, totalPages, total, more };
}

/**
 * The newest `window` public matches, newest indexed first, and of those one page ranked best
 * first; every row also carries how many public matches there are, up to `window` + 1 (one more
 * than the window says more match). Only public stories (lib/articles/published.ts).
 */
const RANKED_SQL: Record<SqlDialect, (match: string, now: Date, window: number, offset: number) => Prisma.Sql> = {
  // FTS5 walks a match list by rowid, newest first, and stops at the window's last story.
  sqlite: (match, now, window, offset) => Prisma.sql`
    WITH "recent" AS MATERIALIZED (
      SELECT s.rowid AS "docId", d."articleId" AS "articleId", a."publishedAt" AS "publishedAt",
        bm25("ArticleSearch", 10.0, 4.0, 1.0, 2.0, 2.0) AS "score"
      FROM "ArticleSearch" s
      CROSS JOIN "ArticleSearchDocument" d ON d."id" = s.rowid
      CROSS JOIN "Article" a ON a."id" = d."articleId"
      WHERE "ArticleSearch" MATCH ${match} AND ${PUBLISHED_SQL.sqlite.isPublished(now)}
      ORDER BY s.rowid DESC
      LIMIT ${window + 1})
    SELECT c."matches" AS "matches", p."docId" AS "docId", p."articleId" AS "articleId"
    FROM (SELECT count(*) AS "matches" FROM "recent") c
    LEFT JOIN (
      SELECT "docId", "articleId" FROM (SELECT * FROM "recent" ORDER BY "docId" DESC LIMIT ${window})
      ORDER BY "score", "publishedAt" DESC, "articleId"
      LIMIT ${SEARCH_RESULTS_PER_PAGE} OFFSET ${offset}) p`,
  // The GIN index finds the matches; ts_rank reads the documents of the window only. Weights
  // D, C, B, A (body; tags and authors; standfirst; headline) as BM25's 1, 2, 4, 10.
  postgresql: (match, now, window, offset) => Prisma.sql`
    WITH "query" AS (SELECT to_tsquery('masthead_search', ${match}) AS "q"),
    "recent" AS MATERIALIZED (
      SELECT d."id" AS "docId", d."articleId" AS "articleId", a."publishedAt" AS "publishedAt"
      FROM "ArticleSearchDocument" d
      JOIN "Article" a ON a."id" = d."articleId"
      WHERE d."document" @@ (SELECT "q" FROM "query") AND ${PUBLISHED_SQL.postgresql.isPublished(now)}
      ORDER BY d."id" DESC
      LIMIT ${window + 1})
    SELECT c."matches" AS "matches", p."docId" AS "docId", p."articleId" AS "articleId"
    FROM (SELECT count(*) AS "matches" FROM "recent") c
    LEFT JOIN (
      SELECT w."docId", w."articleId"
      FROM (SELECT * FROM "recent" ORDER BY "docId" DESC LIMIT ${window}) w
      JOIN "ArticleSearchDocument" d ON d."id" = w."docId"
      ORDER BY ts_rank('{0.1, 0.2, 0.4, 1.0}', d."document", (SELECT "q" FROM "query")) DESC, w."publishedAt" DESC, w."articleId"
      LIMIT ${SEARCH_RESULTS_PER_PAGE} OFFSET ${offset}) p ON true`,
};

/**
 * The headline and standfirst with every match marked, and a passage of the body around the
 * matches (marked, "…" where it is cut), for the results shown.
 */
const HIGHLIGHTS_SQL: Record<SqlDialect, (match: string, docIds: readonly bigint[]) => Prisma.Sql> = {
  sqlite: (match, docIds) => Prisma.sql`
    SELECT
      rowid AS "docId",
      highlight("ArticleSearch", 0, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}) AS "title",
      highlight("ArticleSearch", 1, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}) AS "standfirst",
      snippet("ArticleSearch", 2, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}, '…', ${SNIPPET_TOKENS}) AS "body"
    FROM "ArticleSearch"
    WHERE "ArticleSearch" MATCH ${match} AND ${rowidsSql(docIds)}`,
  postgresql: (match, docIds) => Prisma.sql`
    SELECT h."docId", h."title", h."standfirst",
      CASE WHEN starts_with(h."text", h."passage") THEN '' ELSE '…' END || h."body"
        || CASE WHEN right(h."text", length(h."passage")) = h."passage" THEN '' ELSE '…' END AS "body"
    FROM (
      SELECT m."docId", m."title", m."standfirst", m."body", m."text", translate(m."body", ${HIGHLIGHT_START + HIGHLIGHT_END}, '') AS "passage"
      FROM (
        SELECT d."id" AS "docId", d."body" AS "text",
          ts_headline('masthead_search', d."title", q, ${`HighlightAll=true, ${HEADLINE_MARKERS}`}) AS "title",
          ts_headline('masthead_search', d."standfirst", q, ${`HighlightAll=true, ${HEADLINE_MARKERS}`}) AS "standfirst",
          ts_headline('masthead_search', d."body", q, ${`MaxFragments=1, MaxWords=${SNIPPET_TOKENS}, MinWords=${SNIPPET_TOKENS / 2}, ${HEADLINE_MARKERS}`}) AS "body"
        FROM "ArticleSearchDocument" d, to_tsquery('masthead_search', ${match}) q
        WHERE d."id" IN (${Prisma.join(docIds)})) m) h`,
};

/** ts_headline's options for our highlight markers. */
const HEADLINE_MARKERS = `StartSel="${HIGHLIGHT_START}", StopSel="${HIGHLIGHT_END}"`;

/** The prefix lengths the index keeps lists for (`prefix = '2 3'`): FTS5 answers those at once. */
const INDEXED_PREFIX_LENGTH = 3;

/** Past this many covered terms, the prefix is left to FTS5. */
const MAX_PREFIX_TERMS = 100;

/**
 * What the statements match: on PostgreSQL, the tsquery text of the terms. On SQLite, the MATCH
 * expression for the terms, with a prefix longer than the index's prefix lists
 * turned into the terms it covers, read from the index's vocabulary ("ArticleSearchVocabulary",
 * prisma/migrations/20261130100000_search_vocabulary). Null when no term has the prefix, so
 * nothing can match.
 */
async function matchFor(terms: SearchTerms): Promise<string | null> {
  // PostgreSQL's GIN index answers a prefix directly.
  if (dialect === "postgresql") return tsQueryText(terms);
  const prefix = asciiPrefixTerm(terms);
  if (prefix === null || prefix.length <= INDEXED_PREFIX_LENGTH) return matchExpression(terms);
  // Every term starting with `prefix` sorts from `prefix` to just before its last character's successor.
  const end = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
  const covered = await db.$queryRaw<{ term: string }[]>`
    SELECT "term" FROM "ArticleSearchVocabulary" WHERE "term" >= ${prefix} AND "term" < ${end}
    LIMIT ${MAX_PREFIX_TERMS + 1}`;
  if (covered.length === 0) return null;
  if (covered.length > MAX_PREFIX_TERMS) return matchExpression(terms);
  return matchExpression(terms, covered.map((row) => row.term));
}

/**
 * "rowid is one of these", for a statement with a MATCH: their range for FTS5, which then reads
 * only that stretch of each match list, and the list itself for SQLite. The rowids are bound
 * as integers. A JS number binds as a REAL, and FTS5 ignores a bound that is not an integer:
 * it then reads every match (3.7 ms instead of 0.1 ms for a word in 96,000 stories).
 */
export function rowidsSql(rowids: readonly bigint[]): Prisma.Sql {
  if (rowids.length === 0) throw new Error("rowidsSql needs at least one rowid");
  const sorted = [...rowids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Prisma.sql`rowid BETWEEN ${sorted[0]} AND ${sorted.at(-1)} AND +rowid IN (${Prisma.join(sorted)})`;
}

/**
 * Runs a search statement. Should the engine still reject an expression (it cannot, by
 * construction of lib/search/query.ts), the reader gets no results rather than an error page.
 * These are the messages of FTS5's query parser (a syntax error, an open string, an unknown
 * `column:`) and of PostgreSQL's tsquery parser.
 */
async function ftsQuery<T>(query: Promise<T[]>): Promise<T[]> {
  try {
    return await query;
  } catch (error) {
    if (error instanceof Error && /fts5: syntax error|unterminated string|no such column|syntax error in tsquery/i.test(error.message)) return [];
    throw error;
  }
}
