/**
 * The purge lag of `npm run bench:edge`, run as a process of its own with DATABASE_URL and
 * EDGE_PURGE_URLS naming the benchmark's database and edge:
 *   tsx --conditions=react-server bench/lib/purge-lag.ts <article id> <article path> <edits>
 * Changes the article's headline <edits> times, each through the write path every change takes
 * (the row, then lib/cache/invalidate.ts, which appends to the log and purges the edges before it
 * returns), and measures from the write to the first request through the edge that shows it.
 * Prints the lags (ms) as a JSON array on its last line; the headline is put back at the end.
 */
import Database from "better-sqlite3";
import { invalidateArticle } from "@/lib/cache/invalidate";
import { sqliteFilePath } from "@/lib/db-adapter";
import { env } from "@/lib/env";

const [articleId, articlePath, editsArg] = process.argv.slice(2);
const edgeUrl = env.EDGE_PURGE_URLS[0];
if (!articleId || !articlePath || !edgeUrl) throw new Error("Usage: purge-lag.ts <article id> <article path> <edits>, with EDGE_PURGE_URLS set");
const edits = Number(editsArg ?? 20);

const sqlite = new Database(sqliteFilePath(env.DATABASE_URL), { timeout: 5_000 });
const { title } = sqlite.prepare('SELECT "title" FROM "Article" WHERE "id" = ?').get(articleId) as { title: string };
const rename = sqlite.prepare('UPDATE "Article" SET "title" = ? WHERE "id" = ?');
const lags: number[] = [];
try {
  for (let edit = 1; edit <= edits; edit++) {
    const mark = `(edit ${edit})`;
    // Through the edge first, so that the page is cached there before the change.
    await fetch(`${edgeUrl}${articlePath}`).then((r) => r.arrayBuffer());
    const startedAt = performance.now();
    rename.run(`${title} ${mark}`, articleId);
    await invalidateArticle(articleId);
    for (;;) {
      const body = await fetch(`${edgeUrl}${articlePath}`).then((r) => r.text());
      if (body.includes(mark)) break;
      if (performance.now() - startedAt > 30_000) throw new Error(`Edit ${edit} did not show through the edge within 30 s`);
    }
    lags.push(performance.now() - startedAt);
  }
} finally {
  rename.run(title, articleId);
  await invalidateArticle(articleId);
  sqlite.close();
}
console.log(JSON.stringify(lags.map((lag) => Math.round(lag * 10) / 10)));
process.exit(0);
