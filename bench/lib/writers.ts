/**
 * The benchmark's commenters: readers with a live session each, written straight into the
 * database (a new set per run, all under WRITER_DOMAIN), and what they stored. SQLite through
 * better-sqlite3, PostgreSQL through node-postgres; the same rows either way.
 */
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseKind, sqliteFilePath } from "@/lib/db-adapter";

export const WRITER_DOMAIN = "bench.invalid";

export interface WriterStore {
  /** Removes every benchmark writer, their sessions and their comments. */
  remove(): Promise<void>;
  /** `count` readers for run `runId`; their session tokens. */
  create(runId: string, count: number): Promise<string[]>;
  /** The comments run `runId`'s writers stored. */
  stored(runId: string): Promise<{ id: string; body: string }[]>;
  close(): Promise<void>;
}

const USERS = `SELECT "id" FROM "User" WHERE "email" LIKE '%@${WRITER_DOMAIN}'`;
const writerEmail = (runId: string, i: number) => `writer-${runId}-${i}@${WRITER_DOMAIN}`;

function writerRows(runId: string, count: number) {
  const now = Date.now();
  return Array.from({ length: count }, (_, i) => ({
    id: `bench${runId}u${i}`,
    name: `Bench writer ${i}`,
    email: writerEmail(runId, i),
    session: `bench${runId}s${i}`,
    token: randomBytes(24).toString("base64url"),
    now: new Date(now),
    expires: new Date(now + 86_400_000),
  }));
}

function sqliteStore(file: string): WriterStore {
  const sqlite = new Database(file, { fileMustExist: true });
  sqlite.pragma("busy_timeout = 5000");
  // ISO time as Prisma writes it into SQLite.
  const iso = (date: Date) => date.toISOString().replace("Z", "+00:00");
  return {
    async remove() {
      sqlite.transaction(() => {
        sqlite.prepare(`DELETE FROM "Comment" WHERE "userId" IN (${USERS})`).run();
        sqlite.prepare(`DELETE FROM "Session" WHERE "userId" IN (${USERS})`).run();
        sqlite.prepare(`DELETE FROM "User" WHERE "id" IN (${USERS})`).run();
      })();
    },
    async create(runId, count) {
      const insertUser = sqlite.prepare(`INSERT INTO "User" (id, name, email, role, notifyReplies, createdAt, updatedAt) VALUES (?, ?, ?, 'READER', 0, ?, ?)`);
      const insertSession = sqlite.prepare(`INSERT INTO "Session" (id, sessionToken, userId, expires) VALUES (?, ?, ?, ?)`);
      const rows = writerRows(runId, count);
      sqlite.transaction(() => {
        for (const w of rows) {
          insertUser.run(w.id, w.name, w.email, iso(w.now), iso(w.now));
          insertSession.run(w.session, w.token, w.id, iso(w.expires));
        }
      })();
      return rows.map((w) => w.token);
    },
    async stored(runId) {
      return sqlite
        .prepare(`SELECT id, body FROM "Comment" WHERE userId IN (SELECT id FROM "User" WHERE email LIKE ?)`)
        .all(`writer-${runId}-%@${WRITER_DOMAIN}`) as { id: string; body: string }[];
    },
    async close() {
      sqlite.close();
    },
  };
}

function postgresStore(url: string): WriterStore {
  const pool = new pg.Pool({ connectionString: url, max: 1, options: "-c TimeZone=UTC" });
  const inTransaction = async (work: (client: pg.PoolClient) => Promise<void>) => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await work(client);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  };
  return {
    async remove() {
      await inTransaction(async (client) => {
        await client.query(`DELETE FROM "Comment" WHERE "userId" IN (${USERS})`);
        await client.query(`DELETE FROM "Session" WHERE "userId" IN (${USERS})`);
        await client.query(`DELETE FROM "User" WHERE "id" IN (${USERS})`);
      });
    },
    async create(runId, count) {
      const rows = writerRows(runId, count);
      await inTransaction(async (client) => {
        for (let i = 0; i < rows.length; i += 1000) {
          const batch = rows.slice(i, i + 1000);
          await client.query(
            `INSERT INTO "User" ("id", "name", "email", "role", "notifyReplies", "createdAt", "updatedAt")
             SELECT u.id, u.name, u.email, 'READER', false, u.at, u.at FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamp[]) AS u(id, name, email, at)`,
            [batch.map((w) => w.id), batch.map((w) => w.name), batch.map((w) => w.email), batch.map((w) => w.now.toISOString())],
          );
          await client.query(
            `INSERT INTO "Session" ("id", "sessionToken", "userId", "expires") SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamp[])`,
            [batch.map((w) => w.session), batch.map((w) => w.token), batch.map((w) => w.id), batch.map((w) => w.expires.toISOString())],
          );
        }
      });
      return rows.map((w) => w.token);
    },
    async stored(runId) {
      const { rows } = await pool.query<{ id: string; body: string }>(
        `SELECT "id", "body" FROM "Comment" WHERE "userId" IN (SELECT "id" FROM "User" WHERE "email" LIKE $1)`,
        [`writer-${runId}-%@${WRITER_DOMAIN}`],
      );
      return rows;
    },
    async close() {
      await pool.end();
    },
  };
}

export function openWriterStore(databaseUrl: string): WriterStore {
  return databaseKind(databaseUrl) === "postgresql" ? postgresStore(databaseUrl) : sqliteStore(sqliteFilePath(databaseUrl));
}
