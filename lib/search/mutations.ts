/**
 * Writing many articles at once with the search index kept right. The triggers of
 * prisma/migrations/…_search and …_scale re-index an article for its insert and again for every
 * author and tag link, four or five index rewrites per story; a bulk write switches them off
 * inside its own transaction (SQLite's DDL is transactional: no other connection ever sees them
 * gone), re-indexes the stories it touched once, and puts the triggers back as they were.
 * The scale seed does the same for a whole database (prisma/seed/scale/sql.ts).
 *
 * SQLite only: on PostgreSQL the write runs with its triggers, which re-index each story as it
 * goes (its trigger functions cannot be switched off per transaction without a superuser).
 */
import "server-only";
import { dialect } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

const TRIGGERS = `SELECT "name", "sql" FROM sqlite_master WHERE type = 'trigger' AND "name" LIKE 'ArticleSearch\\_%' ESCAPE '\\'`;

/** Runs `write` without the per-row search triggers, then re-indexes the articles it names. */
export async function withSearchIndexDeferred<T>(tx: Tx, write: () => Promise<{ result: T; articleIds: readonly string[] }>): Promise<T> {
  if (dialect !== "sqlite") return (await write()).result;
  const triggers = await tx.$queryRawUnsafe<{ name: string; sql: string }[]>(TRIGGERS);
  for (const t of triggers) await tx.$executeRawUnsafe(`DROP TRIGGER "${t.name.replaceAll('"', '""')}"`);
  const { result, articleIds } = await write();
  const ids = [...new Set(articleIds)];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = Prisma.join(ids.slice(i, i + 500));
    await tx.$executeRaw`DELETE FROM "ArticleSearchDocument" WHERE "articleId" IN (${chunk})`;
    await tx.$executeRaw`INSERT INTO "ArticleSearchDocument" ("articleId", title, standfirst, body, tags, authors)
       SELECT articleId, title, standfirst, body, tags, authors FROM "ArticleSearchSource" WHERE articleId IN (${chunk})`;
  }
  for (const t of triggers) await tx.$executeRawUnsafe(t.sql);
  return result;
}
