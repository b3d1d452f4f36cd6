/**
 * `npm run db:seed -- --scale N`: N generated published articles, with authors, tags, readers and
 * comment threads, on top of the demo newsroom (its sections, images and logins). Written with
 * better-sqlite3 prepared statements in batched transactions: Prisma costs about 300 µs a query
 * here, far too slow for a million comments. The same N writes the same newsroom; its dates are
 * relative to the time of the run.
 */
import Database from "better-sqlite3";
import { demoArticles } from "../demo";
import { writeArticles, type ArticleTotals } from "./articles";
import { buildBlockPool } from "./bodies";
import { createCatalogue } from "./catalogue";
import { Random } from "./random";
import { withSearchIndexRebuiltAfter } from "./sql";
import { TextMaker } from "./text";

export const MAX_SCALE = 1_000_000;

export interface ScaleSummary extends ArticleTotals {
  authors: number;
  tags: number;
  readers: number;
  seconds: number;
}

/** A positive whole number of articles from the command line, or a clear error. */
export function parseScale(value: string | undefined): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_SCALE) {
    throw new Error(`--scale needs a whole number of articles from 1 to ${MAX_SCALE.toLocaleString("en")} (got ${value === undefined ? "nothing" : `"${value}"`})`);
  }
  return Number(value);
}

export function seedScale(file: string, count: number, log: (line: string) => void = console.log, now = Date.now()): ScaleSummary {
  const started = Date.now();
  const sqlite = new Database(file);
  try {
    // A bulk load into a file nobody else uses yet: no journal (WAL would write every page twice)
    // and no fsync per transaction, a large page cache. If another connection is open, SQLite
    // keeps WAL, which is only slower. WAL is the file's mode again at the end.
    sqlite.pragma("journal_mode = OFF");
    sqlite.pragma("synchronous = OFF");
    sqlite.pragma("cache_size = -262144");
    sqlite.pragma("temp_store = MEMORY");
    // Rows are written child-first within a batch (an article's comments before the article, to
    // know its comment count); the references are checked once, at the end, instead.
    sqlite.pragma("foreign_keys = OFF");
    const random = new Random(count);
    const text = new TextMaker(random);
    const pool = buildBlockPool(demoArticles.map((a) => a.body));
    const catalogue = createCatalogue(sqlite, random, text, count, now);
    let lastReport = Date.now();
    const totals = withSearchIndexRebuiltAfter(sqlite, () =>
      writeArticles(sqlite, random, text, pool, catalogue, count, now, (done) => {
        if (Date.now() - lastReport > 10_000 || done === count) {
          log(`  ${done.toLocaleString("en")} of ${count.toLocaleString("en")} articles written (${seconds(started)} s)`);
          lastReport = Date.now();
        }
      }),
    );
    log(`  search index rebuilt (${seconds(started)} s)`);
    const broken = sqlite.pragma("foreign_key_check") as unknown[];
    if (broken.length > 0) throw new Error(`The scale seed wrote ${broken.length} rows with a broken reference, e.g. ${JSON.stringify(broken[0])}`);
    log(`  references checked (${seconds(started)} s)`);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
    return {
      ...totals,
      authors: catalogue.authorIds.length,
      tags: new Set(catalogue.tagIds).size,
      readers: catalogue.readerIds.length,
      seconds: Number(seconds(started)),
    };
  } finally {
    sqlite.close();
  }
}

function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(1);
}
