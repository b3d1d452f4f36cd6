/**
 * Chooses Prisma's driver adapter from a database URL. Shared by the application's client
 * (lib/db.ts), the migration CLI (prisma.config.ts) and the seed, so all three agree.
 *
 * - `file:…`                    → better-sqlite3 (WAL journal, busy timeout)
 * - `libsql://…`, `http(s)://…` → libSQL / Turso
 */
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaLibSQL } from "@prisma/adapter-libsql";

/** How long a write waits for another writer's lock before giving up (ms). */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

export type DatabaseKind = "sqlite-file" | "libsql";

export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith("file:")) return "sqlite-file";
  if (/^(libsql|https?):\/\//.test(url)) return "libsql";
  throw new Error(`DATABASE_URL must start with file:, libsql://, http:// or https:// (got "${url}")`);
}

/** The absolute path of a `file:` URL, resolved against the working directory. */
export function sqliteFilePath(url: string): string {
  const raw = url.slice("file:".length).split("?")[0] ?? "";
  return path.resolve(/*turbopackIgnore: true*/ raw);
}

export function createDriverAdapter(url: string, authToken?: string) {
  if (databaseKind(url) === "sqlite-file") {
    return new PrismaBetterSQLite3({ url: `file:${sqliteFilePath(url)}`, timeout: SQLITE_BUSY_TIMEOUT_MS });
  }
  return new PrismaLibSQL({ url, authToken });
}
