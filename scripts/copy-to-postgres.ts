/**
 * `DATABASE_URL=postgresql://… npm run db:copy-to-postgres -- <SQLite file>`: moves a newsroom from
 * SQLite to a new, empty PostgreSQL database (scripts/lib/sqlite-to-postgres.ts). Stop the servers
 * writing to the SQLite file first; uploaded images stay where UPLOADS_DIR (or the bucket) keeps them.
 */
import { env } from "../lib/env";
import { databaseKind } from "../lib/db-adapter";
import { copySqliteToPostgres, CopyRefused } from "./lib/sqlite-to-postgres";

const [file] = process.argv.slice(2);
if (!file || databaseKind(env.DATABASE_URL) !== "postgresql") {
  console.error("Usage: DATABASE_URL=postgresql://… npm run db:copy-to-postgres -- <SQLite file>");
  process.exit(2);
}
try {
  const report = await copySqliteToPostgres(file, env.DATABASE_URL, console.log);
  const rows = report.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(`Copied ${rows.toLocaleString("en")} rows of ${report.tables.length} tables in ${(report.ms / 1000).toFixed(1)} s.`);
} catch (error) {
  if (!(error instanceof CopyRefused)) throw error;
  console.error(error.message);
  process.exit(1);
}
