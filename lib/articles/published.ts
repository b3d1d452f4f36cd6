/**
 * The rule that makes an article public — status PUBLISHED and a publication time that has come —
 * written once: as a Prisma filter, and as SQL fragments for raw statements, one set per dialect
 * (CONVENTIONS.md 15). Every public read uses these; published.test.ts fails when a query in
 * lib/ spells the rule out by hand, and published.int.test.ts checks that the forms agree.
 */
import "server-only";
import { dialect } from "@/lib/db";
import type { SqlDialect } from "@/lib/db-adapter";
import { ArticleStatus, Prisma } from "@/lib/generated/prisma/client";

/** The Prisma filter: published, and its time has come. */
export function publishedWhere(now: Date = new Date()): Prisma.ArticleWhereInput {
  return { status: ArticleStatus.PUBLISHED, publishedAt: { lte: now } };
}

/** The rule as SQL, for the article aliased `a` in a raw statement. */
export interface PublishedSqlFragments {
  /** The article is public at `now`. */
  isPublished(now: Date): Prisma.Sql;
  /**
   * The article is not public at `now` (exactly the rows isPublished leaves out), in terms an
   * index on (status, publishedAt) answers: few articles are not public, so "all, less these"
   * reads little.
   */
  isNotPublished(now: Date): Prisma.Sql;
}

/** Every status but PUBLISHED: articles in these are never public, whatever their dates. */
const UNPUBLISHED_STATUSES = Object.values(ArticleStatus).filter((s) => s !== ArticleStatus.PUBLISHED);

/**
 * One entry per dialect. `now` is bound as Prisma binds a DateTime, in the format it stores
 * dates in, so the comparison is Prisma's own. Both dialects take the same SQL here: SQLite
 * compares Prisma's stored text, PostgreSQL reads the parameter as the column's `timestamp`
 * and the status as the column's enum.
 */
const STANDARD_SQL: PublishedSqlFragments = {
  isPublished: (now) => Prisma.sql`(a."status" = 'PUBLISHED' AND a."publishedAt" <= ${now})`,
  isNotPublished: (now) => Prisma.sql`(a."status" IN (${Prisma.join(UNPUBLISHED_STATUSES)})
    OR (a."status" = 'PUBLISHED' AND a."publishedAt" IS NULL)
    OR (a."status" = 'PUBLISHED' AND a."publishedAt" > ${now}))`,
};

export const PUBLISHED_SQL: Record<SqlDialect, PublishedSqlFragments> = {
  sqlite: STANDARD_SQL,
  postgresql: STANDARD_SQL,
};

/** SQL: the article aliased `a` is public at `now`, in the dialect of the database in use. */
export function publishedSql(now: Date): Prisma.Sql {
  return PUBLISHED_SQL[dialect].isPublished(now);
}

/** SQL: the article aliased `a` is not public at `now`, in the dialect of the database in use. */
export function notPublishedSql(now: Date): Prisma.Sql {
  return PUBLISHED_SQL[dialect].isNotPublished(now);
}
