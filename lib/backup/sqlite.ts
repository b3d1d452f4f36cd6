/**
 * Online backup and restore of the SQLite database through SQLite's backup API (never a file
 * copy, which could catch a write half-done). Both check the result with `PRAGMA
 * integrity_check`. For a libSQL/Turso database, use the provider's own backups.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
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

/**
 * Replaces the live database's content with a backup's, through the same backup API, so a
 * running server sees the restored data on its next query. Migrations must be applied after.
 */
export async function restoreDatabase(databaseUrl: string, backupFile: string): Promise<BackupReport> {
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
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target, { progress: copyRestInOneStep });
  } finally {
    source.close();
  }
  return { file: target, bytes: fs.statSync(target).size, articles, comments };
}
