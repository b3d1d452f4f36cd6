/**
 * Applies the migrations in prisma/migrations to a database and, for a SQLite file, turns on
 * the WAL journal (a property of the file, kept once set). A PostgreSQL database gets
 * prisma/postgresql/migrations instead, through ./migrate-postgres.ts.
 *
 * Prisma's migration engine takes a SQLite file for itself (`locking_mode=EXCLUSIVE`), which
 * fails while any other process has the file open — a running server. So a SQLite file that
 * already has every migration is left alone (a rebuild beside a running server works), and one
 * that needs migrating while in use gets an error that says what to do.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseKind, sqliteFilePath } from "../../lib/db-adapter";
import { migratePostgres } from "./migrate-postgres";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

/** The migrations of this checkout, oldest first. */
export function repositoryMigrations(): string[] {
  return fs
    .readdirSync(path.join(root, "prisma/migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Whether a SQLite file has every migration of this checkout applied (and none failed). */
export function sqliteIsCurrent(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = sqlite
      .prepare("SELECT migration_name AS name, finished_at AS finished, rolled_back_at AS rolledBack FROM _prisma_migrations")
      .all() as { name: string; finished: string | null; rolledBack: string | null }[];
    if (rows.some((r) => r.finished === null && r.rolledBack === null)) return false;
    const applied = new Set(rows.filter((r) => r.finished !== null && r.rolledBack === null).map((r) => r.name));
    return repositoryMigrations().every((name) => applied.has(name));
  } catch {
    return false; // no migration history yet
  } finally {
    sqlite.close();
  }
}

export async function migrateDatabase(databaseUrl: string): Promise<void> {
  if (databaseKind(databaseUrl) === "postgresql") {
    await migratePostgres(databaseUrl);
    return;
  }
  if (databaseKind(databaseUrl) === "sqlite-file") {
    const file = sqliteFilePath(databaseUrl);
    if (sqliteIsCurrent(file)) return;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const sqlite = new Database(file);
    sqlite.pragma("journal_mode = WAL");
    sqlite.close();
  }
  try {
    execFileSync(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "inherit"],
    });
  } catch (error) {
    if (databaseKind(databaseUrl) !== "sqlite-file") throw error;
    throw new Error(
      `Could not migrate ${sqliteFilePath(databaseUrl)} (Prisma's output is above). The migration engine needs the file to ` +
        "itself: if a server or another command has it open, stop it and run this again.",
      { cause: error },
    );
  }
}
