import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { backupDatabase, integrityCheck, restoreDatabase } from "@/lib/backup/sqlite";
import { run } from "@/cli/commands";
import { migrateDatabase } from "@/scripts/lib/migrate";
import { invalidateTags } from "@/lib/cache/invalidate";
import { createArticle, createComment, createUser } from "@/test/factories";
import { AppError } from "@/lib/errors";

afterAll(() => db.$disconnect());
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "masthead-backup-"));

describe("backups", () => {
  it("copies the database while comments are being written, consistently, and restores it", async () => {
    const article = await createArticle();
    const user = await createUser();
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await createComment({ articleId: article.id, userId: user.id, body: `during backup ${written++}` });
        // The driver answers synchronously: let timers (and the backup's steps) run between writes.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await new Promise((r) => setTimeout(r, 50));
    const file = path.join(dir, "during.db");
    const report = await backupDatabase(env.DATABASE_URL, file);
    writing = false;
    await writer;
    expect(integrityCheck(file)).toBe("ok");
    expect(report.comments).toBeGreaterThan(0);
    const inCopy = report.comments;

    // More comments after the backup; a restore brings the database back to the copy.
    await createComment({ articleId: article.id, userId: user.id, body: "after the backup" });
    const restored = await restoreDatabase(env.DATABASE_URL, file, migrateDatabase);
    expect(restored.comments).toBe(inCopy);
    expect(await db.comment.count()).toBe(inCopy);
    expect(await db.comment.count({ where: { body: "after the backup" } })).toBe(0);
  });

  it("refuses to overwrite a file, and refuses to restore a file that is not a sound database", async () => {
    const existing = path.join(dir, "exists.db");
    fs.writeFileSync(existing, "x");
    await expect(backupDatabase(env.DATABASE_URL, existing)).rejects.toBeInstanceOf(AppError);
    const junk = path.join(dir, "junk.db");
    fs.writeFileSync(junk, "this is not a database");
    await expect(restoreDatabase(env.DATABASE_URL, junk, migrateDatabase)).rejects.toThrow(/not a SQLite database/);
    const other = path.join(dir, "other.db");
    new Database(other).exec("CREATE TABLE t (x)");
    await expect(restoreDatabase(env.DATABASE_URL, other, migrateDatabase)).rejects.toThrow(/not a Masthead database/);
    expect(await db.article.count()).toBeGreaterThan(0);
  });

  it("exports comments with the rest as JSON from the command line", async () => {
    const file = path.join(dir, "export.json");
    expect(await run(["export", file])).toBe(0);
    const data = JSON.parse(fs.readFileSync(file, "utf8")) as { format: string; comments: { body: string }[]; articles: unknown[] };
    expect(data.format).toBe("masthead-export");
    expect(data.comments.length).toBe(await db.comment.count());
    expect(data.articles.length).toBe(await db.article.count());
  });

  it("restores from the command line under a connected server: migrates the copy first, and expires every cached page", async () => {
    const file = path.join(dir, "older.db");
    await backupDatabase(env.DATABASE_URL, file);
    // A backup from before the newest migration.
    const newest = fs.readdirSync(path.join(process.cwd(), "prisma/migrations")).filter((name) => /^\d/.test(name)).sort().at(-1)!;
    // What the newest migration creates (tables, indexes, or a virtual table), to take away again.
    const created = [
      ...fs.readFileSync(path.join(process.cwd(), "prisma/migrations", newest, "migration.sql"), "utf8").matchAll(/CREATE (?:UNIQUE )?(INDEX|VIRTUAL TABLE|TABLE) "([^"]+)"/g),
    ].map((m) => ({ kind: m[1] === "INDEX" ? "INDEX" : "TABLE", name: m[2]! }));
    expect(created.length, `${newest} creates indexes or tables to take away`).toBeGreaterThan(0);
    const older = new Database(file);
    older.prepare("DELETE FROM _prisma_migrations WHERE migration_name = ?").run(newest);
    // Tables first: dropping one takes its indexes with it.
    for (const { kind, name } of [...created].sort((a, b) => a.kind.localeCompare(b.kind) * -1)) older.exec(`DROP ${kind} IF EXISTS "${name}"`);
    older.close();
    // Changes after the backup: a running server has read these rows of the invalidation log.
    await invalidateTags(["article:after-backup-1"]);
    await invalidateTags(["article:after-backup-2"]);
    const lastRead = (await db.cacheInvalidation.aggregate({ _max: { seq: true } }))._max.seq ?? 0;

    // This process keeps its own connection open throughout, as a running server does.
    expect(await run(["db:restore", file])).toBe(0);
    const migrations = await db.$queryRawUnsafe<{ n: bigint }[]>("SELECT count(*) AS n FROM _prisma_migrations WHERE migration_name = ?", newest);
    expect(Number(migrations[0]!.n), "the newest migration is applied to the restored data").toBe(1);
    const names = created.map((c) => c.name);
    const recreated = await db.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM sqlite_master WHERE name IN (${names.map(() => "?").join(", ")})`, ...names);
    expect(recreated).toHaveLength(created.length);
    const after = await db.cacheInvalidation.findMany({ where: { seq: { gt: lastRead } } });
    expect(after.map((row) => row.tag), "the next row a running server reads expires every public page").toEqual(["site"]);
    expect(after[0]!.seq).toBe(lastRead + 1);
    expect(fs.readdirSync(path.dirname(env.DATABASE_URL.slice("file:".length))).filter((name) => name.includes(".restoring-")), "no staging copy is left").toEqual([]);
  });
});
