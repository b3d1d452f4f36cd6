/**
 * A scheduled fixture story whose time has come, for the caching tests: its time is brought
 * forward in the test server's database, and `npx masthead publish-due` runs in a process of its
 * own. The server's own timer (every 2 s in the tests) may publish it first; either way the change
 * is written by code running outside any request.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { expect, type TestInfo } from "@playwright/test";

/** The database of the test server at `baseURL` (scripts/e2e-server.sh, scripts/e2e-edge-server.sh). */
export function e2eDatabase(testInfo: TestInfo, baseURL: string): string {
  return path.join(path.dirname(testInfo.config.configFile ?? ""), ".e2e", new URL(baseURL).port, "masthead.db");
}

/**
 * Brings the scheduled story's time to now and runs `npx masthead publish-due` against the
 * database, with `env` added (e.g. the edge to purge). Notes who published it.
 */
export async function publishScheduledNow(testInfo: TestInfo, database: string, slug: string, env: Record<string, string> = {}): Promise<void> {
  const db = new Database(database, { fileMustExist: true, timeout: 5_000 });
  try {
    // Written as Prisma's SQLite adapter writes a DateTime: ISO 8601 text with a +00:00 offset.
    const due = new Date(Date.now() - 1_000).toISOString().replace(/Z$/, "+00:00");
    const { changes } = db.prepare('UPDATE "Article" SET "scheduledAt" = ? WHERE "slug" = ? AND "status" = \'SCHEDULED\'').run(due, slug);
    expect(changes, `${slug} was scheduled`).toBe(1);
  } finally {
    db.close();
  }
  const root = path.dirname(testInfo.config.configFile ?? "");
  const cli = await promisify(execFile)("npx", ["masthead", "publish-due"], { cwd: root, env: { ...process.env, DATABASE_URL: `file:${database}`, ...env } });
  testInfo.annotations.push({ type: "published by", description: cli.stdout.includes(slug) ? "npx masthead publish-due" : `the server's scheduler (${cli.stdout.trim()})` });
}

/**
 * Waits until every edge has been sent the purge of the story's page (the log row tagged with its
 * address, lib/cache/tags.ts, at or before the edge's position in the EdgePurge table). Whoever
 * published the story purges the edge before moving on, but when the server's timer did, that
 * happens on the timer's own time, not before the command above returned.
 */
export async function untilEdgesPurged(database: string, slug: string): Promise<void> {
  const db = new Database(database, { fileMustExist: true, readonly: true, timeout: 5_000 });
  try {
    const purged = db.prepare<[string], { seq: number | null; position: number | null }>(
      'SELECT (SELECT MAX("seq") FROM "CacheInvalidation" WHERE "tag" = ?) AS seq, (SELECT MIN("position") FROM "EdgePurge") AS position',
    );
    await expect
      .poll(
        () => {
          const { seq, position } = purged.get(`article:/${slug}`)!;
          return seq !== null && position !== null && position >= seq;
        },
        { message: `the edge was told to forget ${slug}`, timeout: 20_000 },
      )
      .toBe(true);
  } finally {
    db.close();
  }
}
