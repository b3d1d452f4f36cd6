/**
 * Which published articles a public list holds, newest first, as ids: the first half of a
 * deferred join. Each statement here reads indexes only (prisma/migrations/…_scale):
 *
 * - the whole site and a section walk (status, publishedAt, id) or (sectionId, status,
 *   publishedAt, id) in order. Page numbers stay in the URLs, so a deep page is an OFFSET — but
 *   over index entries alone, about a millisecond per 10,000 skipped;
 * - a tag or an author starts from its links (ArticleTag / ArticleAuthor by tagId / authorId)
 *   and checks each linked article in (id, status, publishedAt). Starting from the newest
 *   articles instead and probing each for the link (what Prisma's `some` produces) finds a
 *   popular tag's page at once but walks all 100,000 articles for a rare one and for the count.
 *   joinInOrder (lib/dialect.ts) keeps SQLite to this order. Counting needs no article at
 *   all: the links, less the links to the few articles that are not public.
 *
 * The caller then loads the rows it shows by id (cards, feed items).
 */
import "server-only";
import { db } from "@/lib/db";
import { notPublishedSql, publishedSql, publishedWhere } from "@/lib/articles/published";
import { Prisma } from "@/lib/generated/prisma/client";
import { joinInOrder, readJson, type JsonColumn } from "@/lib/dialect";

export type ArticleSource =
  | { kind: "site" }
  | { kind: "section"; sectionId: string }
  | { kind: "tag"; tagId: string }
  | { kind: "author"; authorId: string };

/** The link table and its key column for sources that start from links. Constants, never input. */
const LINKS = {
  tag: { table: Prisma.raw(`"ArticleTag"`), key: Prisma.raw(`"tagId"`) },
  author: { table: Prisma.raw(`"ArticleAuthor"`), key: Prisma.raw(`"authorId"`) },
} as const;

function linked(source: ArticleSource): { table: Prisma.Sql; key: Prisma.Sql; id: string } | null {
  if (source.kind === "tag") return { ...LINKS.tag, id: source.tagId };
  if (source.kind === "author") return { ...LINKS.author, id: source.authorId };
  return null;
}

function direct(source: ArticleSource, now: Date): Prisma.ArticleWhereInput {
  return source.kind === "section" ? { sectionId: source.sectionId, ...publishedWhere(now) } : publishedWhere(now);
}

/**
 * How many published articles the source holds. For a tag or an author: its links (an index
 * range) less its links to articles that are not public.
 */
export async function countPublished(source: ArticleSource, now: Date): Promise<number> {
  const link = linked(source);
  if (!link) return db.article.count({ where: direct(source, now) });
  const rows = await db.$queryRaw<{ n: bigint | number }[]>`
    SELECT
      (SELECT count(*) FROM ${link.table} WHERE ${link.key} = ${link.id})
      - (SELECT count(*) FROM "Article" a ${joinInOrder} ${link.table} l ON l."articleId" = a."id" AND l.${link.key} = ${link.id}
         WHERE ${notPublishedSql(now)}) AS n`;
  return Number(rows[0]?.n ?? 0);
}

/** Ids of the source's published articles, newest first (ties by id), `take` from `skip`. */
export async function listPublishedIds(source: ArticleSource, now: Date, skip: number, take: number): Promise<string[]> {
  const link = linked(source);
  if (!link) {
    const rows = await db.article.findMany({
      where: direct(source, now),
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip,
      take,
      select: { id: true },
    });
    return rows.map((r) => r.id);
  }
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT a."id" AS "id"
    FROM ${link.table} l ${joinInOrder} "Article" a ON a."id" = l."articleId"
    WHERE l.${link.key} = ${link.id} AND ${publishedSql(now)}
    ORDER BY a."publishedAt" DESC, a."id" DESC
    LIMIT ${take} OFFSET ${skip}`;
  return rows.map((r) => r.id);
}

/**
 * The newest `take` published ids of each of `sectionIds`, newest first, in one statement: one
 * arm per section, each the same walk of (sectionId, status, publishedAt, id) that
 * listPublishedIds makes for one section. A section with none maps to an empty list.
 */
export async function listPublishedIdsBySection(sectionIds: readonly string[], now: Date, take: number): Promise<Map<string, string[]>> {
  const bySection = new Map(sectionIds.map((id) => [id, [] as string[]]));
  if (sectionIds.length === 0) return bySection;
  const arms = sectionIds.map(
    (sectionId, arm) => Prisma.sql`
      SELECT ${Prisma.raw(String(arm))} AS "arm", "id", row_number() OVER (ORDER BY "publishedAt" DESC, "id" DESC) AS "rank"
      FROM (SELECT a."id", a."publishedAt" FROM "Article" a
            WHERE a."sectionId" = ${sectionId} AND ${publishedSql(now)}
            ORDER BY a."publishedAt" DESC, a."id" DESC LIMIT ${take}) AS "newest"`,
  );
  const rows = await db.$queryRaw<{ arm: number; id: string }[]>`${Prisma.join(arms, " UNION ALL ")} ORDER BY "arm", "rank"`;
  for (const row of rows) bySection.get(sectionIds[row.arm]!)?.push(row.id);
  return bySection;
}

/** Rows fetched by id, put back in the order of `ids` (an IN list comes back in any order). */
export function inIdOrder<T extends { id: string }>(ids: readonly string[], rows: readonly T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
}

/**
 * The second half of the deferred join: for each of `ids` that is published, the JSON `json`
 * builds for the article aliased `a` (a card, a feed item), in the order of `ids`, in one statement.
 */
export async function loadPublishedJson<T extends { id: string }>(json: Prisma.Sql, ids: readonly string[], now: Date): Promise<T[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<{ json: JsonColumn }[]>`
    SELECT ${json} AS "json" FROM "Article" a
    WHERE a."id" IN (${Prisma.join(ids)}) AND ${publishedSql(now)}`;
  return inIdOrder(
    ids,
    rows.map((row) => readJson<T>(row.json)),
  );
}
