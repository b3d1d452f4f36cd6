/**
 * SQLite details the scale seed writes rows with, matching what Prisma would write.
 */
import type Database from "better-sqlite3";

/** A time as Prisma's SQLite adapter stores DateTime columns (ISO 8601 with an explicit +00:00). */
export function sqlTime(ms: number): string {
  return new Date(ms).toISOString().replace("Z", "+00:00");
}

/**
 * The triggers that keep each article's "ArticleSearchDocument" row in step with the article, its
 * tags and its authors (prisma/migrations/…_search and …_scale). The document's own triggers,
 * which feed the FTS index, stay.
 */
function searchTriggers(sqlite: Database.Database): { name: string; sql: string }[] {
  return sqlite
    .prepare<[], { name: string; sql: string }>(`SELECT "name", "sql" FROM sqlite_master WHERE type = 'trigger' AND "name" LIKE 'ArticleSearch\\_%' ESCAPE '\\'`)
    .all();
}

/**
 * Runs a bulk load with the search triggers switched off, then rebuilds the whole index in one
 * statement and puts the triggers back (also when the load fails). Re-indexing row by row costs
 * four index rewrites per article (its insert, then each author and tag link); one rebuild at the
 * end cost a quarter of the CPU (docs/performance.md, "Scale data").
 */
export function withSearchIndexRebuiltAfter<T>(sqlite: Database.Database, load: () => T): T {
  const triggers = searchTriggers(sqlite);
  if (triggers.length === 0) throw new Error("The search triggers are missing: is the database migrated?");
  sqlite.transaction(() => {
    for (const t of triggers) sqlite.exec(`DROP TRIGGER "${t.name}"`);
  })();
  try {
    const result = load();
    sqlite.transaction(() => {
      sqlite.exec(`DELETE FROM "ArticleSearchDocument"`);
      sqlite.exec(`INSERT INTO "ArticleSearchDocument" ("articleId", title, standfirst, body, tags, authors)
        SELECT articleId, title, standfirst, body, tags, authors FROM "ArticleSearchSource"`);
    })();
    // Merge the index's segments into one: fewer b-trees for every query to read.
    sqlite.exec(`INSERT INTO "ArticleSearch" ("ArticleSearch") VALUES ('optimize')`);
    return result;
  } finally {
    sqlite.transaction(() => {
      for (const t of searchTriggers(sqlite).length ? [] : triggers) sqlite.exec(t.sql);
    })();
  }
}
