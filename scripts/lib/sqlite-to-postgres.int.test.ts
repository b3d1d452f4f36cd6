import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDriverAdapter } from "@/lib/db-adapter";
import { env } from "@/lib/env";
import { PrismaClient as SqlitePrismaClient } from "@/lib/generated/prisma/client";
import { searchArticles } from "@/lib/search/queries";
import { seedScale } from "@/prisma/seed/scale/seed-scale";
import { databaseDigest } from "@/reliability/support/database";
import { migrateDatabase } from "@/scripts/lib/migrate";
import { copySqliteToPostgres, CopyRefused } from "@/scripts/lib/sqlite-to-postgres";
import { createEmptyPostgresDatabase, engine } from "@/test/engine";

const SCALE = 40;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "masthead-copy-"));
const sqliteFile = path.join(dir, "newsroom.db");
const clients: pg.Client[] = [];

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, options: "-c TimeZone=UTC" });
  await client.connect();
  clients.push(client);
  return client;
}

async function tablesOf(url: string): Promise<string[]> {
  const client = await connect(url);
  const { rows } = await client.query<{ name: string }>(`SELECT table_name AS "name" FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`);
  return rows.map((r) => r.name);
}

const maxOf = (file: string, table: string, column: string) => {
  const source = new Database(file, { readonly: true });
  try {
    return (source.prepare(`SELECT max("${column}") AS n FROM "${table}"`).get() as { n: number }).n;
  } finally {
    source.close();
  }
};

afterAll(async () => {
  await Promise.all(clients.map((c) => c.end()));
  await db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe.runIf(engine === "postgresql")("copying a SQLite newsroom into PostgreSQL", () => {
  // The test file's own database: migrated and empty, and the one the app's queries read.
  const url = env.DATABASE_URL;
  let report: Awaited<ReturnType<typeof copySqliteToPostgres>>;

  beforeAll(async () => {
    // A SQLite newsroom as the scale seed makes it: articles with tags, bylines, heroes, comments and replies.
    await migrateDatabase(`file:${sqliteFile}`);
    const sqlite = new SqlitePrismaClient({ adapter: createDriverAdapter(`file:${sqliteFile}`) });
    for (const [position, slug] of ["ai-models", "policy", "hardware"].entries()) await sqlite.section.create({ data: { slug, name: slug, position } });
    for (const key of ["hero-a", "hero-b", "portrait-a"]) {
      await sqlite.media.create({ data: { key, mimeType: "image/webp", width: 1600, height: 900, bytes: 1000, alt: key } });
    }
    // Numbered rows, the newest of one kind deleted: SQLite never hands its number out again.
    for (let i = 0; i < 5; i++) {
      await sqlite.rateLimitEvent.create({ data: { bucket: "comment", key: `reader-${i}` } });
      await sqlite.cacheInvalidation.create({ data: { tag: `article:${i}`, invalidatedAt: Date.now() } });
    }
    await sqlite.rateLimitEvent.deleteMany({ where: { key: "reader-4" } });
    await sqlite.$disconnect();
    seedScale(sqliteFile, SCALE, () => {});
    report = await copySqliteToPostgres(sqliteFile, url);
  }, 120_000);

  it("copies every row of every table", async () => {
    const source = new Database(sqliteFile, { readonly: true });
    const target = await connect(url);
    try {
      for (const { name, rows } of report.tables) {
        const expected = (source.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n;
        const { rows: counted } = await target.query<{ n: string }>(`SELECT count(*) AS n FROM "${name}"`);
        expect([name, rows, Number(counted[0]!.n)]).toEqual([name, expected, expected]);
      }
      expect(report.tables.map((t) => t.name)).toEqual(expect.arrayContaining(["Article", "Comment", "User", "ArticleSearchDocument", "RateLimitEvent"]));
      expect(report.tables.find((t) => t.name === "Comment")!.rows).toBeGreaterThan(SCALE);
    } finally {
      source.close();
    }
  });

  it("keeps each value as it was: dates to the millisecond, flags, replies under their comments", async () => {
    const source = new Database(sqliteFile, { readonly: true });
    const target = await connect(url);
    try {
      const article = source.prepare(`SELECT "id", "slug", "publishedAt", "commentsOpen", "commentCount" FROM "Article" ORDER BY "id" LIMIT 1`).get() as {
        id: string;
        slug: string;
        publishedAt: string;
        commentsOpen: number;
        commentCount: number;
      };
      const { rows } = await target.query<{ slug: string; publishedAt: string; commentsOpen: boolean; commentCount: number }>(
        `SELECT "slug", to_char("publishedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "publishedAt", "commentsOpen", "commentCount" FROM "Article" WHERE "id" = $1`,
        [article.id],
      );
      expect(rows[0]).toEqual({ slug: article.slug, publishedAt: new Date(article.publishedAt).toISOString(), commentsOpen: article.commentsOpen === 1, commentCount: article.commentCount });
      const { rows: replies } = await target.query<{ n: string }>(`SELECT count(*) AS n FROM "Comment" c JOIN "Comment" p ON p."id" = c."parentId"`);
      const expectedReplies = (source.prepare(`SELECT count(*) AS n FROM "Comment" WHERE "parentId" IS NOT NULL`).get() as { n: number }).n;
      expect(Number(replies[0]!.n)).toBe(expectedReplies);
    } finally {
      source.close();
    }
  });

  it("fills the search index: the site's search finds a copied story, and an edited headline is indexed at once", async () => {
    const target = await connect(url);
    const { rows: docs } = await target.query<{ docs: string; articles: string }>(
      `SELECT (SELECT count(*) FROM "ArticleSearchDocument") AS docs, (SELECT count(*) FROM "Article") AS articles`,
    );
    expect(docs[0]!.docs).toBe(docs[0]!.articles);
    const { rows: published } = await target.query<{ id: string; slug: string; title: string }>(
      `SELECT "id", "slug", "title" FROM "Article" WHERE "status" = 'PUBLISHED' AND "publishedAt" <= now() ORDER BY "publishedAt" DESC LIMIT 1`,
    );
    const story = published[0]!;
    const words = story.title.split(/\s+/).filter((w) => /^[A-Za-z]{4,}$/.test(w));
    expect(words.length).toBeGreaterThan(0);
    const found = await searchArticles(words.join(" "), 1);
    expect(found.total).toBeGreaterThan(0);
    const slugs: string[] = [];
    for (let page = 1; page <= found.totalPages; page++) slugs.push(...(await searchArticles(words.join(" "), page)).items.map((r) => r.slug));
    expect(slugs).toContain(story.slug);
    // The triggers are on again after the copy.
    await target.query(`UPDATE "Article" SET "title" = 'Copied quokka census' WHERE "id" = $1`, [story.id]);
    expect((await searchArticles("quokka", 1)).items.map((r) => r.slug)).toEqual([story.slug]);
  });

  it("numbers new rows after the copied ones, and after any number SQLite already handed out", async () => {
    const target = await connect(url);
    const invalidationMax = maxOf(sqliteFile, "CacheInvalidation", "seq");
    expect(maxOf(sqliteFile, "RateLimitEvent", "id")).toBe(4);
    const { rows: event } = await target.query<{ id: number }>(`INSERT INTO "RateLimitEvent" ("bucket", "key") VALUES ('comment', 'after-copy') RETURNING "id"`);
    expect(event[0]!.id).toBe(6);
    const { rows: invalidation } = await target.query<{ seq: number }>(`INSERT INTO "CacheInvalidation" ("tag", "invalidatedAt") VALUES ('site', 0) RETURNING "seq"`);
    expect(invalidation[0]!.seq).toBe(invalidationMax + 1);
    // Every sequence, the search documents' included: its next number is past every row.
    const { rows: sequences } = await target.query<{ table: string; column: string }>(
      `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`,
    );
    expect(sequences.map((s) => s.table)).toEqual(expect.arrayContaining(["ArticleSearchDocument", "CacheInvalidation", "RateLimitEvent"]));
    for (const { table, column } of sequences) {
      const { rows } = await target.query<{ ahead: boolean }>(
        `SELECT nextval(pg_get_serial_sequence($1, $2)) > coalesce((SELECT max("${column}") FROM "${table}"), 0) AS ahead`,
        [`"${table}"`, column],
      );
      expect([table, rows[0]!.ahead]).toEqual([table, true]);
    }
  });

  it("refuses a database that has rows, and changes nothing in it", async () => {
    const before = await databaseDigest(url);
    const error = await copySqliteToPostgres(sqliteFile, url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CopyRefused);
    expect((error as Error).message).toMatch(/PostgreSQL database is not empty \(\w+ has rows\); nothing was copied or changed/);
    expect((await databaseDigest(url)).tables).toEqual(before.tables);
  });

  it("refuses a database holding something else, before migrating it", async () => {
    const other = await createEmptyPostgresDatabase();
    const client = await connect(other);
    await client.query(`CREATE TABLE "notes" ("body" text); INSERT INTO "notes" VALUES ('keep me')`);
    await expect(copySqliteToPostgres(sqliteFile, other)).rejects.toThrow(/notes has rows/);
    expect(await tablesOf(other)).toEqual(["notes"]);
  });

  it("refuses a SQLite file that lacks a migration, and a file that is not a newsroom, touching neither database", async () => {
    const behind = path.join(dir, "behind.db");
    fs.copyFileSync(sqliteFile, behind);
    const file = new Database(behind);
    file.prepare(`DELETE FROM "_prisma_migrations" WHERE "migration_name" = (SELECT max("migration_name") FROM "_prisma_migrations")`).run();
    file.close();
    const empty = await createEmptyPostgresDatabase();
    await expect(copySqliteToPostgres(behind, empty)).rejects.toThrow(/lacks 1 migration.*npm run db:migrate/);
    const stranger = path.join(dir, "stranger.db");
    const strange = new Database(stranger);
    strange.exec(`CREATE TABLE "Article" ("id" text)`);
    strange.close();
    await expect(copySqliteToPostgres(stranger, empty)).rejects.toThrow(/not a Masthead database/);
    await expect(copySqliteToPostgres(path.join(dir, "missing.db"), empty)).rejects.toThrow(/does not exist/);
    expect(await tablesOf(empty)).toEqual([]);
  });
});
