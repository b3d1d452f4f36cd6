/**
 * Copies a Masthead SQLite database into an empty PostgreSQL one: every table Prisma models and
 * the search documents, rows as they are (ids, dates, counters), in one transaction. The
 * benchmark loads its PostgreSQL database this way from the SQLite one the scale seed made, so
 * both engines serve the same newsroom; an operator can move a site the same way
 * (`npm run db:copy-to-postgres`, docs/postgresql.md).
 *
 * It refuses, changing nothing, a SQLite file whose migrations are not exactly this code's and a
 * target database that has rows in any table. The target is then migrated; its search triggers
 * are off during the copy (the documents are copied too, in their order, which search ranks
 * recent ones by), the sequences are moved past the copied numbers, and ANALYZE gives the
 * planner its statistics. The SQLite file is read in one read transaction: one consistent
 * snapshot even if something still writes to it.
 */
import fs from "node:fs";
import Database from "better-sqlite3";
import pg from "pg";
import { migratePostgres } from "./migrate-postgres";
import { repositoryMigrations } from "./migrate";

/** Why the copy did not start; nothing was changed. */
export class CopyRefused extends Error {
  override name = "CopyRefused";
}

interface Column {
  name: string;
  /** information_schema's data_type: `boolean`, `timestamp without time zone`, `USER-DEFINED` (an enum), … */
  type: string;
}

interface Table {
  name: string;
  columns: Column[];
  /** Tables this one's foreign keys point to (itself included). */
  references: string[];
  /** Its columns that point at its own rows (a reply's parent). */
  selfReferences: string[];
}

export interface CopyReport {
  tables: { name: string; rows: number }[];
  ms: number;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Parameters per statement stay well under PostgreSQL's 65,535. */
const MAX_PARAMETERS = 30_000;
const MAX_ROWS_PER_INSERT = 1_000;

async function targetTables(client: pg.Client): Promise<Table[]> {
  const { rows: columns } = await client.query<{ table: string; name: string; type: string }>(
    `SELECT table_name AS "table", column_name AS "name", data_type AS "type"
     FROM information_schema.columns
     WHERE table_schema = current_schema() AND is_generated = 'NEVER' AND table_name <> '_prisma_migrations'
       AND table_name IN (SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE')
     ORDER BY table_name, ordinal_position`,
  );
  const { rows: keys } = await client.query<{ table: string; target: string; columns: string[] }>(
    `SELECT c.conrelid::regclass::text AS "table", c.confrelid::regclass::text AS "target",
       ARRAY(SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)) AS "columns"
     FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace`,
  );
  const unquote = (name: string) => name.replace(/^"(.*)"$/, "$1").replaceAll('""', '"');
  const tables = new Map<string, Table>();
  for (const column of columns) {
    const table = tables.get(column.table) ?? { name: column.table, columns: [], references: [], selfReferences: [] };
    table.columns.push({ name: column.name, type: column.type });
    tables.set(column.table, table);
  }
  for (const key of keys) {
    const table = tables.get(unquote(key.table));
    if (!table) continue;
    table.references.push(unquote(key.target));
    if (unquote(key.target) === table.name) table.selfReferences.push(...key.columns);
  }
  return [...tables.values()];
}

/** Referenced tables before the tables that point to them. */
function inDependencyOrder(tables: Table[]): Table[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const done = new Set<string>();
  const ordered: Table[] = [];
  const visit = (table: Table, path: Set<string>) => {
    if (done.has(table.name)) return;
    if (path.has(table.name)) throw new Error(`Foreign keys go round in a circle through ${table.name}`);
    path.add(table.name);
    for (const target of table.references) {
      const referenced = byName.get(target);
      if (referenced && referenced !== table) visit(referenced, path);
    }
    path.delete(table.name);
    done.add(table.name);
    ordered.push(table);
  };
  for (const table of [...tables].sort((a, b) => a.name.localeCompare(b.name))) visit(table, new Set());
  return ordered;
}

/** A SQLite value as the PostgreSQL column takes it. */
function convert(value: unknown, column: Column): unknown {
  if (value === null || value === undefined) return null;
  if (column.type === "boolean") return value === 1 || value === 1n || value === true || value === "1" || value === "true";
  // Prisma writes ISO text with an offset (or, from older tools, milliseconds); a `timestamp` holds UTC.
  if (column.type.startsWith("timestamp")) return new Date(typeof value === "bigint" ? Number(value) : (value as string | number)).toISOString();
  if (typeof value === "bigint") return value.toString();
  return value;
}

async function copyTable(sqlite: Database.Database, client: pg.Client, table: Table): Promise<number> {
  const sourceColumns = new Set((sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).all(table.name) as { name: string }[]).map((c) => c.name));
  const columns = table.columns.filter((c) => sourceColumns.has(c.name));
  if (columns.length === 0) return 0;
  // A table pointing at itself (comment replies): rows without the reference first, then in the order written.
  const order = [...table.selfReferences.map((c) => `${quote(c)} IS NOT NULL`), "rowid"].join(", ");
  const select = sqlite.prepare(`SELECT ${columns.map((c) => quote(c.name)).join(", ")} FROM ${quote(table.name)} ORDER BY ${order}`).raw(true);
  select.safeIntegers(true);
  const perInsert = Math.max(1, Math.min(MAX_ROWS_PER_INSERT, Math.floor(MAX_PARAMETERS / columns.length)));
  const head = `INSERT INTO ${quote(table.name)} (${columns.map((c) => quote(c.name)).join(", ")}) VALUES `;
  let batch: unknown[][] = [];
  let copied = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const values: unknown[] = [];
    const tuples = batch.map((row) => `(${row.map((value, i) => (values.push(convert(value, columns[i]!)), `$${values.length}`)).join(", ")})`);
    await client.query(head + tuples.join(", "), values);
    copied += batch.length;
    batch = [];
  };
  for (const row of select.iterate() as IterableIterator<unknown[]>) {
    batch.push(row);
    if (batch.length >= perInsert) await flush();
  }
  await flush();
  return copied;
}

/**
 * The last number SQLite handed out per AUTOINCREMENT table (sqlite_sequence), which may be past
 * the highest copied row when the newest rows were deleted: PostgreSQL carries on after it, so
 * no number is given twice.
 */
function sqliteSequences(sqlite: Database.Database): Map<string, bigint> {
  const exists = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'`).get();
  if (!exists) return new Map();
  const rows = sqlite.prepare(`SELECT name, seq FROM sqlite_sequence`).safeIntegers(true).all() as { name: string; seq: bigint }[];
  return new Map(rows.map((r) => [r.name, r.seq]));
}

/** Why the SQLite file cannot be copied by this code, or null. */
function sourceProblem(sqlite: Database.Database, file: string): string | null {
  let rows: { name: string; finished: string | null; rolledBack: string | null }[];
  try {
    rows = sqlite.prepare(`SELECT migration_name AS name, finished_at AS finished, rolled_back_at AS rolledBack FROM _prisma_migrations`).all() as typeof rows;
  } catch {
    return `${file} is not a Masthead database (it has no migration history).`;
  }
  const applied = new Set(rows.filter((r) => r.finished !== null && r.rolledBack === null).map((r) => r.name));
  const known = repositoryMigrations();
  const unknown = [...applied].filter((name) => !known.includes(name));
  if (unknown.length > 0) return `${file} has migrations this code does not know (${unknown.join(", ")}): copy it with the code that wrote it.`;
  const missing = known.filter((name) => !applied.has(name));
  if (missing.length > 0) return `${file} lacks ${missing.length} migration(s) (${missing.join(", ")}): migrate it first with DATABASE_URL=file:${file} npm run db:migrate.`;
  return null;
}

/** The first table of the target's schema that has a row (its migration history aside), or null. */
async function tableWithRows(client: pg.Client): Promise<string | null> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT table_name AS "name" FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY table_name`,
  );
  for (const { name } of tables) {
    const { rows } = await client.query(`SELECT 1 FROM ${quote(name)} LIMIT 1`);
    if (rows.length > 0) return name;
  }
  return null;
}

const notEmpty = (table: string) =>
  `The PostgreSQL database is not empty (${table} has rows); nothing was copied or changed. Copy into a new, empty database.`;

export async function copySqliteToPostgres(sqliteFile: string, postgresUrl: string, log: (line: string) => void = () => undefined): Promise<CopyReport> {
  const started = Date.now();
  if (!fs.existsSync(sqliteFile)) throw new CopyRefused(`${sqliteFile} does not exist.`);
  const sqlite = new Database(sqliteFile, { readonly: true, fileMustExist: true });
  const client = new pg.Client({ connectionString: postgresUrl, options: "-c TimeZone=UTC" });
  let connected = false;
  try {
    const problem = sourceProblem(sqlite, sqliteFile);
    if (problem) throw new CopyRefused(problem);
    await client.connect();
    connected = true;
    // Checked before migrating, so a refused target is left exactly as it was.
    const busy = await tableWithRows(client);
    if (busy) throw new CopyRefused(notEmpty(busy));
    await migratePostgres(postgresUrl);

    const sourceTables = new Set((sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((t) => t.name));
    const tables = inDependencyOrder(await targetTables(client)).filter((t) => sourceTables.has(t.name));
    const report: CopyReport = { tables: [], ms: 0 };
    sqlite.exec("BEGIN"); // one snapshot of the file for every table
    await client.query("BEGIN");
    // Whatever was written between the check and now still stops the copy, inside the transaction.
    const written = await tableWithRows(client);
    if (written) throw new CopyRefused(notEmpty(written));
    // Rows the copy writes carry their search documents already; the triggers would index each one again.
    for (const table of tables) await client.query(`ALTER TABLE ${quote(table.name)} DISABLE TRIGGER USER`);
    for (const table of tables) {
      const rowsCopied = await copyTable(sqlite, client, table);
      report.tables.push({ name: table.name, rows: rowsCopied });
      log(`  ${table.name}: ${rowsCopied.toLocaleString("en")} rows`);
    }
    for (const table of tables) await client.query(`ALTER TABLE ${quote(table.name)} ENABLE TRIGGER USER`);
    // Documents for articles the SQLite database had none for (it always has, once its search migration ran).
    await client.query(`INSERT INTO "ArticleSearchDocument" ("articleId", "title", "standfirst", "body", "tags", "authors")
      SELECT s."articleId", s."title", s."standfirst", s."body", s."tags", s."authors" FROM "ArticleSearchSource" s
      WHERE NOT EXISTS (SELECT 1 FROM "ArticleSearchDocument" d WHERE d."articleId" = s."articleId")`);
    // Numbers handed out from now on follow the copied ones.
    const { rows: sequences } = await client.query<{ table: string; column: string }>(
      `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
       WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`,
    );
    const handedOut = sqliteSequences(sqlite);
    for (const { table, column } of sequences) {
      await client.query(
        `SELECT setval(pg_get_serial_sequence($1, $2), greatest(coalesce((SELECT max(${quote(column)}) FROM ${quote(table)}), 0), $3::bigint) + 1, false)`,
        [quote(table), column, String(handedOut.get(table) ?? 0)],
      );
    }
    await client.query("COMMIT");
    await client.query("ANALYZE");
    report.ms = Date.now() - started;
    return report;
  } catch (error) {
    if (connected) await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
    sqlite.close();
    if (connected) await client.end().catch(() => undefined);
  }
}
