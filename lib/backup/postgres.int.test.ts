import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { backupPostgres, restorePostgres } from "@/lib/backup/postgres";
import { invalidateTags } from "@/lib/cache/invalidate";
import { AppError } from "@/lib/errors";
import { run } from "@/cli/commands";
import { migratePostgres, readMigrations } from "@/scripts/lib/migrate-postgres";
import { createEmptyPostgresDatabase, engine } from "@/test/engine";
import { createArticle, createComment, createUser } from "@/test/factories";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "masthead-pg-backup-"));
afterAll(async () => {
  await db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

describe.runIf(engine === "postgresql")("PostgreSQL backups", () => {
  it("copies the database while comments are being written, consistently, and restores it", async () => {
    const article = await createArticle();
    const user = await createUser();
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) await createComment({ articleId: article.id, userId: user.id, body: `during backup ${written++}` });
    })();
    await new Promise((r) => setTimeout(r, 100));
    const file = path.join(dir, "during.dump");
    const report = await backupPostgres(env.DATABASE_URL, file);
    writing = false;
    await writer;
    expect(report.comments).toBeGreaterThan(0);
    expect(written, "comments were written after the snapshot too").toBeGreaterThan(report.comments);
    expect(report.bytes).toBe(fs.statSync(file).size);

    // More comments after the backup; a restore brings the database back to the copy.
    await createComment({ articleId: article.id, userId: user.id, body: "after the backup" });
    const restored = await restorePostgres(env.DATABASE_URL, file);
    expect(restored.comments).toBe(report.comments);
    expect(await db.comment.count()).toBe(report.comments);
    expect(await db.comment.count({ where: { body: "after the backup" } })).toBe(0);
    // Exactly the comments acknowledged before the snapshot, each once.
    const bodies = (await db.comment.findMany({ select: { body: true } })).map((c) => c.body);
    expect(new Set(bodies).size).toBe(bodies.length);
    // The search index and its triggers came back with the data.
    await db.article.update({ where: { id: article.id }, data: { title: "Restored quokka census" } });
    const indexed = await query<{ n: string }>(env.DATABASE_URL, `SELECT count(*) AS n FROM "ArticleSearchDocument" WHERE "title" = 'Restored quokka census'`);
    expect(Number(indexed[0]!.n)).toBe(1);
  });

  it("refuses to overwrite a file, and to restore a file that is not a backup of a Masthead database", async () => {
    const existing = path.join(dir, "exists.dump");
    fs.writeFileSync(existing, "x");
    await expect(backupPostgres(env.DATABASE_URL, existing)).rejects.toBeInstanceOf(AppError);
    expect(fs.readFileSync(existing, "utf8")).toBe("x");

    const junk = path.join(dir, "junk.dump");
    fs.writeFileSync(junk, "this is not a backup");
    await expect(restorePostgres(env.DATABASE_URL, junk)).rejects.toThrow(/is not a PostgreSQL backup/);

    const otherUrl = await createEmptyPostgresDatabase();
    await query(otherUrl, "CREATE TABLE t (x integer)");
    const other = path.join(dir, "other.dump");
    execFileSync("pg_dump", ["--format=custom", `--file=${other}`, `--dbname=${otherUrl}`]);
    await expect(restorePostgres(env.DATABASE_URL, other)).rejects.toThrow(/is not a Masthead database/);

    await expect(restorePostgres(env.DATABASE_URL, path.join(dir, "missing.dump"))).rejects.toThrow(/does not exist/);
    expect(await db.article.count()).toBeGreaterThan(0);
  });

  it("refuses a backup made by newer code, touching nothing", async () => {
    const newerUrl = await createEmptyPostgresDatabase();
    await migratePostgres(newerUrl, [...readMigrations(), { name: "29990101000000_newer", sql: 'CREATE TABLE "Newer" ("id" TEXT)', checksum: "x" }]);
    const newer = path.join(dir, "newer.dump");
    await backupPostgres(newerUrl, newer);
    const articles = await db.article.count();
    await expect(restorePostgres(env.DATABASE_URL, newer)).rejects.toThrow(/29990101000000_newer is applied to this database but is not in/);
    expect(await db.article.count()).toBe(articles);
  });

  it("restores from the command line under a connected server: migrates the backup first, and expires every cached page", async () => {
    // A newsroom whose database predates the newest migration, backed up.
    const migrations = readMigrations();
    const newest = migrations.at(-1)!;
    const olderUrl = await createEmptyPostgresDatabase();
    await migratePostgres(olderUrl, migrations.slice(0, -1));
    const older = path.join(dir, "older.dump");
    await backupPostgres(olderUrl, older);

    // Changes after the backup: a running server has read these rows of the invalidation log.
    await invalidateTags(["article:after-backup-1"]);
    await invalidateTags(["article:after-backup-2"]);
    const lastRead = (await db.cacheInvalidation.aggregate({ _max: { seq: true } }))._max.seq ?? 0;

    // This process keeps its own connections open throughout, as a running server does.
    expect(await run(["db:restore", older])).toBe(0);
    const history = await query<{ migration_name: string }>(env.DATABASE_URL, `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(history.map((r) => r.migration_name), "every migration, the newest applied to the restored data").toEqual(migrations.map((m) => m.name));
    const after = await db.cacheInvalidation.findMany({ where: { seq: { gt: lastRead } } });
    expect(after.map((row) => row.tag), "the next row a running server reads expires every public page").toEqual(["site"]);
    expect(after[0]!.seq).toBe(lastRead + 1);
    // The log's numbering carries on after the restored rows.
    await invalidateTags(["article:after-restore"]);
    expect((await db.cacheInvalidation.findFirstOrThrow({ where: { tag: "article:after-restore" } })).seq).toBe(lastRead + 2);
    expect(await db.article.count(), "the backup held no articles").toBe(0);
    expect(newest.name).toMatch(/^\d{14}_/);
  });

  it("exports comments with the rest as JSON from the command line", async () => {
    const article = await createArticle();
    await createComment({ articleId: article.id, userId: (await createUser()).id });
    const file = path.join(dir, "export.json");
    expect(await run(["export", file])).toBe(0);
    const data = JSON.parse(fs.readFileSync(file, "utf8")) as { format: string; comments: unknown[]; articles: unknown[] };
    expect(data.format).toBe("masthead-export");
    expect(data.comments.length).toBe(await db.comment.count());
    expect(data.articles.length).toBe(await db.article.count());
  });
});
