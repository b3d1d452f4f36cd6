/**
 * The benchmark's PostgreSQL database: the same newsroom as its SQLite one, copied over
 * (scripts/lib/sqlite-to-postgres.ts), so the two engines are measured on the same rows.
 *
 * With DATABASE_URL=postgres://… the benchmark uses that database: an empty one is filled, one
 * that holds the SQLite database's articles is used as it is, anything else is refused. Without
 * it, a throwaway server is started (scripts/lib/postgres-server.ts, fsync on, like a production
 * server) and removed afterwards.
 */
import pg from "pg";
import { databaseKind } from "@/lib/db-adapter";
import { startPostgres, type PostgresServer } from "@/scripts/lib/postgres-server";
import { copySqliteToPostgres } from "@/scripts/lib/sqlite-to-postgres";
import { migratePostgres } from "@/scripts/lib/migrate-postgres";
import type { BenchDatabase } from "./database";

export interface BenchPostgres {
  db: BenchDatabase;
  /** Which server, for the report: its version and how it runs. */
  server: string;
  /** Stops the throwaway server, if one was started. */
  stop(): Promise<void>;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function articleCount(url: string): Promise<number> {
  const rows = await query<{ n: string }>(url, `SELECT count(*) AS n FROM "Article"`);
  return Number(rows[0]?.n ?? 0);
}

async function serverVersion(url: string): Promise<string> {
  const rows = await query<{ version: string }>(url, "SELECT current_setting('server_version') AS version");
  return rows[0]?.version.split(" ")[0] ?? "?";
}

async function fill(sqlite: BenchDatabase, url: string): Promise<void> {
  await migratePostgres(url);
  const articles = await articleCount(url);
  if (articles === sqlite.articles) {
    console.log(`Reusing ${new URL(url).pathname.slice(1)} (${articles.toLocaleString("en")} articles).`);
    return;
  }
  if (articles > 0) {
    throw new Error(`The PostgreSQL database holds ${articles.toLocaleString("en")} articles, not the ${sqlite.articles.toLocaleString("en")} of ${sqlite.file}; give an empty one.`);
  }
  console.log(`Copying ${sqlite.file} into PostgreSQL …`);
  const report = await copySqliteToPostgres(sqlite.file, url, console.log);
  console.log(`  copied in ${(report.ms / 1000).toFixed(0)} s`);
}

export async function preparePostgres(sqlite: BenchDatabase, given: string | undefined): Promise<BenchPostgres> {
  let server: PostgresServer | null = null;
  let url = given && databaseKind(given) === "postgresql" ? given : null;
  if (!url) {
    console.log("Starting a PostgreSQL server for the benchmark …");
    server = await startPostgres({ durable: true });
    url = await server.createDatabase("masthead_bench");
  }
  let version: string;
  try {
    await fill(sqlite, url);
    version = await serverVersion(url);
  } catch (error) {
    await server?.stop();
    throw error;
  }
  const where = server
    ? "a throwaway server on this machine, reached over TCP on 127.0.0.1 (Debian's package, fsync on, otherwise its settings as installed)"
    : `the server at DATABASE_URL (${new URL(url).host})`;
  return {
    // The same images: only the database differs.
    db: { ...sqlite, databaseUrl: url },
    server: `PostgreSQL ${version}, ${where}`,
    stop: async () => {
      await server?.stop();
    },
  };
}
