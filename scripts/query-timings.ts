/**
 * `npm run db:timings`: how long each public query takes on the database at DATABASE_URL
 * (e.g. the 100,000-article one from `npm run db:seed -- --scale 100000`), called the way the
 * pages call it: through Prisma, with the cache bypassed. Prints the median and the slowest of
 * `--runs N` calls (default 20) after one warm-up call. A measurement, not a test: nothing fails.
 */
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { SITEMAP_MAX_URLS } from "@/lib/feeds/sitemap";
import { findFixture, publicQueryCases } from "./lib/public-queries";

function parseRuns(argv: readonly string[]): number {
  const at = argv.indexOf("--runs");
  if (at === -1) return 20;
  const value = argv[at + 1] ?? "";
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new Error(`--runs needs a whole number of at least 1 (got "${value}")`);
  return Number(value);
}

const runs = parseRuns(process.argv.slice(2));
const articles = await db.article.count();
console.log(`${articles.toLocaleString("en")} articles in ${env.DATABASE_URL}; ${runs} runs per query after one warm-up.\n`);
const fixture = await findFixture("no-such-session", SITEMAP_MAX_URLS);
for (const [name, run] of publicQueryCases(fixture)) {
  await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor((times.length - 1) / 2)] ?? 0;
  console.log(`${name.padEnd(52)} median ${median.toFixed(1).padStart(7)} ms   slowest ${(times.at(-1) ?? 0).toFixed(1).padStart(7)} ms`);
}
await db.$disconnect();
