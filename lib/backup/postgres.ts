/**
 * Online backup and restore of a PostgreSQL database with Debian's postgresql-client (`pg_dump`,
 * `pg_restore`, `psql`), the counterpart of lib/backup/sqlite.ts.
 *
 * A backup is pg_dump's custom format, taken from one snapshot while the site keeps serving and
 * writing; the counts it reports are read in that same snapshot. A restore replaces everything
 * in the database's `public` schema with the backup's, applies the migrations the backup predates
 * and expires every cached page, all in one transaction: running servers wait for it, then see
 * the restored, migrated data; if any step fails, nothing changed.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { SITE_TAG } from "@/lib/cache/tags";
import { childEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { BackupReport } from "@/lib/backup/sqlite";
import { historyProblem, readMigrations, type Migration } from "@/scripts/lib/migrate-postgres";

/** What the client tools need: the URL without its password, which goes in PGPASSWORD (not in `ps`). */
function toolConnection(databaseUrl: string): { url: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = "";
  return { url: url.toString(), env: childEnv({ ...(password ? { PGPASSWORD: password } : {}), PGTZ: "UTC" }) };
}

interface ToolRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a client tool; `stdin`, when given, is piped in (and may be a stream of another tool). */
function runTool(program: string, args: string[], env: NodeJS.ProcessEnv, stdin?: (sink: NodeJS.WritableStream) => Promise<void>): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env, stdio: [stdin ? "pipe" : "ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "ENOENT"
          ? new AppError("INVALID_INPUT", `${program} was not found: install PostgreSQL's client programs (Debian: apt-get install postgresql-client).`)
          : error,
      ),
    );
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
    if (stdin && child.stdin) {
      stdin(child.stdin).then(
        () => child.stdin?.end(),
        (error: unknown) => {
          child.kill();
          reject(error);
        },
      );
    }
  });
}

/** The archive's table of contents, or null when the file is not a pg_dump archive. */
async function tableOfContents(file: string): Promise<string | null> {
  const listed = await runTool("pg_restore", ["--list", file], childEnv());
  return listed.code === 0 ? listed.stdout : null;
}

const hasTable = (toc: string, table: string) => new RegExp(`^\\d+; \\d+ \\d+ TABLE \\S+ ${table}(?: |$)`, "m").test(toc);

async function withClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl, options: "-c TimeZone=UTC" });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function countRows(client: pg.Client): Promise<{ articles: number; comments: number }> {
  const { rows } = await client.query<{ articles: string; comments: string }>(
    `SELECT (SELECT count(*) FROM "Article") AS "articles", (SELECT count(*) FROM "Comment") AS "comments"`,
  );
  return { articles: Number(rows[0]?.articles ?? 0), comments: Number(rows[0]?.comments ?? 0) };
}

/** Copies the live database to `target` (pg_dump's custom format) while it keeps serving. */
export async function backupPostgres(databaseUrl: string, target: string): Promise<BackupReport> {
  const file = path.resolve(target);
  if (fs.existsSync(file)) throw new AppError("CONFLICT", `${file} already exists; choose a new file name.`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial-${process.pid}`;
  const { url, env } = toolConnection(databaseUrl);
  try {
    // The counts and the dump read one snapshot: the transaction exporting it stays open until pg_dump is done.
    const counts = await withClient(databaseUrl, async (client) => {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      try {
        const { rows } = await client.query<{ snapshot: string }>("SELECT pg_export_snapshot() AS snapshot");
        const counted = await countRows(client);
        const dump = await runTool("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--snapshot=${rows[0]!.snapshot}`, `--file=${partial}`, `--dbname=${url}`], env);
        if (dump.code !== 0) throw new AppError("CONFLICT", `pg_dump failed; nothing was kept: ${dump.stderr.trim()}`);
        return counted;
      } finally {
        await client.query("COMMIT");
      }
    });
    const toc = await tableOfContents(partial);
    if (!toc || !hasTable(toc, "Article")) throw new AppError("CONFLICT", "The backup could not be read back; nothing was kept.");
    fs.renameSync(partial, file);
    return { file, bytes: fs.statSync(file).size, ...counts };
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

/** The backup's migration history, read from the archive's copy of `_prisma_migrations`. */
async function backupHistory(file: string) {
  const data = await runTool("pg_restore", ["--data-only", "--table=_prisma_migrations", "--file=-", file], childEnv());
  if (data.code !== 0) throw new AppError("INVALID_INPUT", `${file} could not be read: ${data.stderr.trim()}`);
  const lines = data.stdout.split("\n");
  const start = lines.findIndex((line) => /^COPY \S*_prisma_migrations \(/.test(line));
  if (start < 0) return [];
  const columns = /\((.*)\) FROM stdin;$/.exec(lines[start]!)![1]!.split(", ").map((c) => c.replaceAll('"', ""));
  const at = (name: string) => columns.indexOf(name);
  const rows = [];
  for (const line of lines.slice(start + 1)) {
    if (line === "\\.") break;
    const values = line.split("\t").map((v) => (v === "\\N" ? null : v));
    rows.push({
      migration_name: values[at("migration_name")] ?? "",
      checksum: values[at("checksum")] ?? "",
      finished_at: values[at("finished_at")] === null ? null : new Date(values[at("finished_at")]!),
      rolled_back_at: values[at("rolled_back_at")] === null ? null : new Date(values[at("rolled_back_at")]!),
    });
  }
  return rows;
}

const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** SQL that applies a migration the backup predates and records it, as scripts/lib/migrate-postgres.ts does. */
function migrationSql(migration: Migration): string {
  return `${migration.sql}
;
INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "finished_at", "applied_steps_count")
VALUES (gen_random_uuid()::text, ${literal(migration.checksum)}, ${literal(migration.name)}, now(), clock_timestamp(), 1);
`;
}

/**
 * Replaces the live database's content with a backup's while servers keep running on it, in one
 * transaction (see the top of this file). Refuses, touching nothing, a file that is not a pg_dump
 * archive of a Masthead database, or one whose migrations this code does not know.
 */
export async function restorePostgres(databaseUrl: string, backupFile: string): Promise<BackupReport> {
  const file = path.resolve(backupFile);
  if (!fs.existsSync(file)) throw new AppError("NOT_FOUND", `${file} does not exist.`);
  const toc = await tableOfContents(file);
  if (toc === null) throw new AppError("INVALID_INPUT", `${file} is not a PostgreSQL backup (pg_dump's custom format, as db:backup writes).`);
  if (!hasTable(toc, "Article") || !hasTable(toc, "_prisma_migrations")) throw new AppError("INVALID_INPUT", `${file} is not a Masthead database.`);
  const migrations = readMigrations();
  const history = await backupHistory(file);
  const problem = historyProblem(history, migrations);
  if (problem) throw new AppError("INVALID_INPUT", `${file} cannot be restored by this code: ${problem}`);
  const applied = new Set(history.filter((row) => row.finished_at !== null && row.rolled_back_at === null).map((row) => row.migration_name));
  const pending = migrations.filter((m) => !applied.has(m.name));

  const lastInvalidationBefore = await withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ seq: number | null }>(`SELECT max("seq") AS "seq" FROM "CacheInvalidation"`).catch(() => ({ rows: [{ seq: 0 }] }));
    return rows[0]?.seq ?? 0;
  });

  const { url, env } = toolConnection(databaseUrl);
  const before = `\\set ON_ERROR_STOP on
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS public CASCADE;
CREATE SCHEMA public;
`;
  // pg_restore's script empties search_path for itself; the migrations expect the usual one.
  const after = `
RESET search_path;
${pending.map(migrationSql).join("\n")}
-- Every page cached from before expires: numbered past the log the running servers have read.
INSERT INTO "CacheInvalidation" ("seq", "tag", "invalidatedAt")
SELECT greatest(coalesce(max("seq"), 0), ${Number(lastInvalidationBefore)}) + 1, ${literal(SITE_TAG)}, ${Date.now()} FROM "CacheInvalidation";
SELECT setval(pg_get_serial_sequence('"CacheInvalidation"', 'seq'), (SELECT max("seq") FROM "CacheInvalidation"));
`;
  const restoreScript = spawn("pg_restore", ["--no-owner", "--no-privileges", "--file=-", file], { env: childEnv(), stdio: ["ignore", "pipe", "pipe"] });
  let restoreErrors = "";
  restoreScript.stderr.setEncoding("utf8").on("data", (chunk: string) => (restoreErrors += chunk));
  const psql = await runTool("psql", ["--no-psqlrc", "--quiet", "--single-transaction", `--dbname=${url}`, "--file=-"], env, async (sink) => {
    sink.write(before);
    await new Promise<void>((resolve, reject) => {
      restoreScript.stdout.on("end", resolve).on("error", reject);
      restoreScript.stdout.pipe(sink, { end: false });
    });
    sink.write(after);
  });
  if (psql.code !== 0 || restoreErrors.trim() !== "") {
    throw new AppError("CONFLICT", `The restore failed and was rolled back; the live database was not touched: ${(psql.stderr || restoreErrors).trim()}`);
  }
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ name: string; bytes: string }>("SELECT current_database() AS name, pg_database_size(current_database()) AS bytes");
    return { file: rows[0]!.name, bytes: Number(rows[0]!.bytes), ...(await countRows(client)) };
  });
}
