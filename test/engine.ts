/**
 * Which database engine the integration run is on (TEST_DATABASE, see test/global-setup.ts), for
 * the few tests that are about one engine only: `describe.runIf(engine === "postgresql")`.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { databaseKind } from "@/lib/db-adapter";
import { env } from "@/lib/env";

export const engine: "sqlite" | "postgresql" = databaseKind(env.DATABASE_URL) === "postgresql" ? "postgresql" : "sqlite";

/** The URL of another database on the test file's PostgreSQL server. */
export function postgresUrl(database: string): string {
  const url = new URL(env.DATABASE_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A new, empty database on the test file's PostgreSQL server; its URL. */
export async function createEmptyPostgresDatabase(): Promise<string> {
  const name = `empty_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: postgresUrl("postgres") });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
  } finally {
    await admin.end();
  }
  return postgresUrl(name);
}
