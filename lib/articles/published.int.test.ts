import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { notPublishedSql, publishedSql, publishedWhere } from "@/lib/articles/published";
import { ArticleStatus, type Prisma } from "@/lib/generated/prisma/client";
import { createArticle } from "@/test/factories";

const HOUR = 3_600_000;

async function idsWhere(condition: Prisma.Sql): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT a."id" AS "id" FROM "Article" a WHERE ${condition} ORDER BY a."id"`;
  return rows.map((row) => row.id);
}

describe("the published rule's SQL and Prisma forms", () => {
  const now = new Date();
  const everyCase: { id: string; status: ArticleStatus; when: string }[] = [];

  beforeAll(async () => {
    // Every status, each with no publication time, one that has come and one still ahead.
    for (const status of Object.values(ArticleStatus)) {
      for (const [when, publishedAt] of [["none", null], ["past", new Date(now.getTime() - HOUR)], ["now", now], ["future", new Date(now.getTime() + HOUR)]] as const) {
        const article = await createArticle({ status, publishedAt });
        everyCase.push({ id: article.id, status, when });
      }
    }
  });

  it("pick the same articles: published, and their time has come (now included)", async () => {
    const viaPrisma = (await db.article.findMany({ where: publishedWhere(now), orderBy: { id: "asc" }, select: { id: true } })).map((a) => a.id);
    const expected = everyCase.filter((c) => c.status === "PUBLISHED" && (c.when === "past" || c.when === "now")).map((c) => c.id).sort();
    expect(viaPrisma).toEqual(expected);
    expect(await idsWhere(publishedSql(now))).toEqual(expected);
  });

  it("the negation leaves out exactly the public ones", async () => {
    const published = new Set(await idsWhere(publishedSql(now)));
    const notPublished = await idsWhere(notPublishedSql(now));
    expect(notPublished).toEqual(everyCase.map((c) => c.id).filter((id) => !published.has(id)).sort());
    expect(notPublished).toHaveLength(everyCase.length - 2);
  });
});
