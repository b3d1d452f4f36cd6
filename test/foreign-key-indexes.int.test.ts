/**
 * Every foreign key column leads an index. When a row is deleted, SQLite looks up the rows that
 * refer to it (to cascade, clear or refuse); without an index on the referring column that lookup
 * reads the whole table, and the server waits for it: deleting one reader once took about 2 s on
 * the 100,000-article database, for the million comments it had to read.
 */
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqliteFilePath } from "@/lib/db-adapter";
import { env } from "@/lib/env";

let sqlite: Database.Database;

beforeAll(() => {
  sqlite = new Database(sqliteFilePath(env.DATABASE_URL), { readonly: true, fileMustExist: true });
});
afterAll(() => sqlite.close());

interface ForeignKey {
  table: string;
  from: string;
  to: string;
}

function foreignKeys(): ForeignKey[] {
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  return tables.flatMap((table) =>
    (sqlite.pragma(`foreign_key_list("${table}")`) as { table: string; from: string }[]).map((fk) => ({ table, from: fk.from, to: fk.table })),
  );
}

/** The first column of each index on the table, and of its primary key. */
function leadingColumns(table: string): Set<string> {
  const leading = new Set<string>();
  for (const index of sqlite.pragma(`index_list("${table}")`) as { name: string }[]) {
    const columns = sqlite.pragma(`index_info("${index.name}")`) as { seqno: number; name: string }[];
    const first = columns.find((c) => c.seqno === 0);
    if (first) leading.add(first.name);
  }
  const primary = (sqlite.pragma(`table_info("${table}")`) as { name: string; pk: number }[]).find((c) => c.pk === 1);
  if (primary) leading.add(primary.name);
  return leading;
}

describe("foreign keys", () => {
  it("has foreign keys to check (the schema was migrated)", () => {
    expect(foreignKeys().length).toBeGreaterThan(20);
  });

  it("leads an index with every referring column", () => {
    const unindexed = foreignKeys()
      .filter((fk) => !leadingColumns(fk.table).has(fk.from))
      .map((fk) => `${fk.table}.${fk.from} → ${fk.to}`);
    expect(unindexed).toEqual([]);
  });

  it("finds a user's moderated comments through an index, not a scan", () => {
    const plan = (sqlite.prepare('EXPLAIN QUERY PLAN SELECT 1 FROM "Comment" WHERE "moderatedById" = ?').all("someone") as { detail: string }[])
      .map((row) => row.detail)
      .join("\n");
    expect(plan).toMatch(/USING (COVERING )?INDEX Comment_moderatedById_idx/);
    expect(plan).not.toMatch(/^SCAN/m);
  });
});
