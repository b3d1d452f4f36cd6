/**
 * Online backup and restore of the SQLite database through SQLite's backup API (never a file
 * copy, which could catch a write half-done). Both check the result with `PRAGMA
 * integrity_check`. For a libSQL/Turso database, use the provider's own backups.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { SITE_TAG } from "@/lib/cache/tags";
import { SQLITE_BUSY_TIMEOUT_MS, databaseKind, sqliteFilePath } from "@/lib/db-adapter";
import { AppError } from "@/lib/errors";

function livePath(databaseUrl: string): string {
  if (databaseKind(databaseUrl) !== "sqlite-file") {
    throw new AppError("INVALID_INPUT", "Backups from here work on SQLite files only; use your libSQL provider's backups.");
  }
  return sqliteFilePath(databaseUrl);
}

/**
 * SQLite restarts a stepwise backup whenever another connection writes to the source, so
 * under a steady stream of comments a page-by-page copy might never finish. After the first
 * step, the rest is copied in one step, under one read lock: a consistent snapshot.
 */
function copyRestInOneStep(info: { totalPages: number; remainingPages: number }): number {
  return Math.max(info.remainingPages, 1);
}

export function integrityCheck(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return String(db.pragma("integrity_check", { simple: true }));
  } finally {
    db.close();
  }
}

export interface BackupReport {
  file: string;
  bytes: number;
  articles: number;
  comments: number;
}

function counts(file: string): { articles: number; comments: number } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
    return { articles: count("Article"), comments: count("Comment") };
  } finally {
    db.close();
  }
}

/** Copies the live database to `target` while it keeps serving (readers and writers carry on). */
export async function backupDatabase(databaseUrl: string, target: string): Promise<BackupReport> {
  const source = livePath(databaseUrl);
  const file = path.resolve(target);
  if (fs.existsSync(file)) throw new AppError("CONFLICT", `${file} already exists; choose a new file name.`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(source, { fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    await db.backup(file, { progress: copyRestInOneStep });
  } finally {
    db.close();
  }
  const check = integrityCheck(file);
  if (check !== "ok") {
    fs.rmSync(file, { force: true });
    throw new AppError("CONFLICT", `The copy failed its integrity check (${check}); nothing was kept.`);
  }
  return { file, bytes: fs.statSync(file).size, ...counts(file) };
}

const LAST_INVALIDATION = 'SELECT coalesce(max("seq"), 0) AS "seq" FROM "CacheInvalidation"';

/** The number of the page-cache invalidation log's last row; 0 without a database, or one older than the log. */
function lastInvalidation(file: string): number {
  if (!fs.existsSync(file)) return 0;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare(LAST_INVALIDATION).get() as { seq: number }).seq;
  } catch {
    return 0;
  } finally {
    db.close();
  }
}

/**
 * Expires every page that running servers keep cached from before a restore. Servers apply the
 * invalidation log's rows numbered after the last one they read (lib/cache/cache-handler.cjs), but the log
 * went back in time with the rest of the database, to numbers they may have read past: this row
 * is numbered after the last one the log held before the restore.
 */
function expireCachedPages(file: string, lastInvalidationBefore: number): void {
  const db = new Database(file, { fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    const { seq } = db.prepare(LAST_INVALIDATION).get() as { seq: number };
    db.prepare('INSERT INTO "CacheInvalidation" ("seq", "tag", "invalidatedAt") VALUES (?, ?, ?)').run(Math.max(seq, lastInvalidationBefore) + 1, SITE_TAG, Date.now());
  } finally {
    db.close();
  }
}

function removeDatabaseFiles(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(`${file}${suffix}`, { force: true });
}

/**
 * Replaces the live database's content with a backup's while servers keep running on it.
 *
 * The backup is first copied beside the live file and brought up to date there by `migrate`
 * (Prisma's migration engine needs the only connection to a file, so it cannot run on a database
 * a server has open). The up-to-date copy then replaces the live content in one step through the
 * backup API, so a running server sees the restored data on its next query, and every page it
 * keeps cached expires.
 */
export async function restoreDatabase(
  databaseUrl: string,
  backupFile: string,
  migrate: (databaseUrl: string) => Promise<void>,
): Promise<BackupReport> {
  const target = livePath(databaseUrl);
  const file = path.resolve(backupFile);
  if (!fs.existsSync(file)) throw new AppError("NOT_FOUND", `${file} does not exist.`);
  let check: string;
  try {
    check = integrityCheck(file);
  } catch {
    throw new AppError("INVALID_INPUT", `${file} is not a SQLite database.`);
  }
  if (check !== "ok") throw new AppError("INVALID_INPUT", `${file} failed its integrity check (${check}); the live database was not touched.`);
  const { articles, comments } = (() => {
    try {
      return counts(file);
    } catch {
      throw new AppError("INVALID_INPUT", `${file} is not a Masthead database.`);
    }
  })();
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const staging = `${target}.restoring-${process.pid}`;
  removeDatabaseFiles(staging);
  try {
    const backup = new Database(file, { readonly: true, fileMustExist: true });
    try {
      await backup.backup(staging);
    } finally {
      backup.close();
    }
    await migrate(`file:${staging}`);
    const lastInvalidationBefore = lastInvalidation(target);
    const source = new Database(staging, { readonly: true, fileMustExist: true });
    try {
      await source.backup(target, { progress: copyRestInOneStep });
    } finally {
      source.close();
    }
    expireCachedPages(target, lastInvalidationBefore);
  } finally {
    removeDatabaseFiles(staging);
  }
  return { file: target, bytes: fs.statSync(target).size, articles, comments };
}
