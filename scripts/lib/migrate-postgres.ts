/**
 * Applies prisma/postgresql/migrations to a PostgreSQL database. `prisma migrate deploy` cannot:
 * through the pg driver adapter it fails reading its own history (prisma/orm#27403). So this
 * applies each pending migration in order, in one transaction with its history row, and keeps
 * the history in `_prisma_migrations` exactly as Prisma does (same table, SHA-256 checksums), so
 * `prisma migrate status` and a later `migrate deploy` read it as their own.
 *
 * It refuses, changing nothing, a database whose history it does not recognise: a migration
 * applied there that this checkout lacks (the database is newer than the code), one whose file
 * changed after it was applied, or one that failed. Several hosts may run it at once: they take
 * turns on Prisma's own advisory lock.
 */
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

export const POSTGRES_MIGRATIONS_DIR = path.join(root, "prisma/postgresql/migrations");

/** The advisory lock Prisma's migration engine takes, so it and this never run at once. */
const MIGRATION_LOCK = 72707369;

export interface Migration {
  name: string;
  sql: string;
  /** SHA-256 of the file, in hex: Prisma's checksum. */
  checksum: string;
}

export function migrationChecksum(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

/** The migrations in a folder (one sub-folder each, with migration.sql), oldest first. */
export function readMigrations(dir = POSTGRES_MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: migrationChecksum(sql) };
    });
}

/** Prisma's history table, as its migration engine creates it on PostgreSQL. */
const HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

interface HistoryRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export class MigrationRefused extends Error {
  override name = "MigrationRefused";
}

/** What is wrong with a database's history against this checkout's migrations, or null. */
export function historyProblem(history: readonly HistoryRow[], migrations: readonly Migration[]): string | null {
  const known = new Map(migrations.map((m) => [m.name, m]));
  for (const row of history) {
    if (row.rolled_back_at !== null) continue;
    const migration = known.get(row.migration_name);
    if (row.finished_at === null) {
      return `Migration ${row.migration_name} failed or is still running on this database. Look at its "logs" in _prisma_migrations, repair the database by hand, then mark it rolled back or finished.`;
    }
    if (!migration) {
      return `Migration ${row.migration_name} is applied to this database but is not in ${path.relative(root, POSTGRES_MIGRATIONS_DIR)}: the database is newer than this code. Deploy the code that has it.`;
    }
    if (migration.checksum !== row.checksum) {
      return `Migration ${row.migration_name} was changed after it was applied to this database. Restore its file as it was and write the change as a new migration.`;
    }
  }
  return null;
}

export interface MigrateReport {
  applied: string[];
}

/** Brings the database at `url` up to date; returns the names of the migrations it applied. */
export async function migratePostgres(url: string, migrations: readonly Migration[] = readMigrations()): Promise<MigrateReport> {
  const client = new pg.Client({ connectionString: url, options: "-c TimeZone=UTC" });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await client.query(HISTORY_TABLE);
    const { rows: history } = await client.query<HistoryRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
    );
    const problem = historyProblem(history, migrations);
    if (problem) throw new MigrationRefused(problem);
    const done = new Set(history.filter((r) => r.finished_at !== null && r.rolled_back_at === null).map((r) => r.migration_name));
    const applied: string[] = [];
    for (const migration of migrations) {
      if (done.has(migration.name)) continue;
      await applyOne(client, migration);
      applied.push(migration.name);
    }
    return { applied };
  } finally {
    await client.end();
  }
}

async function applyOne(client: pg.Client, migration: Migration): Promise<void> {
  const id = randomUUID();
  await client.query("BEGIN");
  try {
    await client.query(`INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at") VALUES ($1, $2, $3, now())`, [
      id,
      migration.checksum,
      migration.name,
    ]);
    await client.query(migration.sql);
    await client.query(`UPDATE "_prisma_migrations" SET "finished_at" = clock_timestamp(), "applied_steps_count" = 1 WHERE "id" = $1`, [id]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${migration.name} failed and was rolled back, nothing of it applied: ${message}`, { cause: error });
  }
}
