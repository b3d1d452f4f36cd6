/**
 * Part 5: load with writes. 50 readers and 20 commenters for 60 seconds against the production
 * build over 10,000 seeded stories: no 5xx, every acknowledged comment stored exactly once
 * (double-submitted forms included), the rate limits refusing exactly what they should, one
 * read-write connection to the database in the server process, and the database intact afterwards.
 * With `--postgresql` the same load runs on a PostgreSQL copy of the demo newsroom (the scale seed
 * writes SQLite files only), without the two checks that are about a SQLite file (its connections
 * and `integrity_check`).
 */
import { countRows, databaseConnections, freshDatabase } from "../support/database";
import { freshPostgresDatabase } from "../support/postgres";
import { jsonLines, startServer } from "../support/server";
import { isPostgres, withSql, type DatabaseRef } from "../support/sql";
import {
  commentableSlugs,
  fmt,
  integrity,
  newCommenter,
  percentile,
  sleep,
  tally,
  verifyLedger,
  type Attempt,
  type Commenter,
} from "../support/ops-comments";
import type { PartReport, ReliabilityContext, ReliabilityPart } from "../types";

const SCALE = 10_000;
const DURATION_MS = 60_000;
const READERS = 50;
const COMMENTERS = 20;
/** Each commenter waits this long after an answer: at most 5 stored in any minute, the per-user limit. */
const COMMENT_PAUSE_MS = 13_000;
/** Every third post of a commenter is a double-submitted form. */
const DOUBLE_EVERY = 3;
const READ_TIMEOUT_MS = 30_000;

async function readerPaths(database: DatabaseRef): Promise<string[]> {
  return withSql(database, async (sql) => {
    const slugs = async (statement: string) => (await sql.all<{ slug: string }>(statement)).map((r) => r.slug);
    const articles = await slugs(`SELECT "slug" FROM "Article" WHERE "status" = 'PUBLISHED' ORDER BY random() LIMIT 400`);
    const sections = await slugs(`SELECT "slug" FROM "Section"`);
    const tags = await slugs(`SELECT "slug" FROM "Tag" ORDER BY random() LIMIT 40`);
    const authors = await slugs(`SELECT "slug" FROM "Author" ORDER BY random() LIMIT 40`);
    return [
      "/",
      "/",
      ...articles.map((s) => `/articles/${s}`),
      ...articles.slice(0, 40).map((s) => `/articles/${s}/discussion`),
      ...sections.flatMap((s) => [`/sections/${s}`, `/sections/${s}?page=2`]),
      ...tags.map((s) => `/tags/${s}`),
      ...authors.map((s) => `/authors/${s}`),
      ...["model", "policy", "chip", "energy", "privacy", "robot"].map((q) => `/search?q=${q}`),
      "/feed.xml",
      "/corrections",
      "/api/health",
    ];
  });
}

/** The part's database: a copy of the 10,000-story SQLite template, or of the PostgreSQL demo newsroom. */
async function loadDatabase(ctx: ReliabilityContext): Promise<{ database: DatabaseRef; env: Record<string, string> }> {
  if (ctx.engine === "postgresql") {
    const { url, env } = await freshPostgresDatabase("load");
    return { database: url, env };
  }
  return { database: freshDatabase("load", { scale: SCALE }), env: {} };
}

interface Read {
  path: string;
  status: number | null;
  ms: number;
}

async function reader(base: string, paths: string[], until: number, reads: Read[]): Promise<void> {
  while (Date.now() < until) {
    const path = paths[Math.floor(Math.random() * paths.length)]!;
    const started = performance.now();
    try {
      const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(READ_TIMEOUT_MS), redirect: "manual" });
      await response.arrayBuffer();
      reads.push({ path, status: response.status, ms: performance.now() - started });
    } catch {
      reads.push({ path, status: null, ms: performance.now() - started });
    }
  }
}

async function steadyCommenter(commenter: Commenter, index: number, until: number, attempts: Attempt[], doubles: Attempt[][]): Promise<void> {
  for (let n = 1; Date.now() < until; n++) {
    const token = `load-c${index}-n${n}-${Math.random().toString(36).slice(2, 8)}`;
    const twice = n % DOUBLE_EVERY === 0;
    const result = await commenter.post(token, { twice });
    attempts.push(...result);
    if (twice) doubles.push(result);
    if (Date.now() + COMMENT_PAUSE_MS >= until) break;
    await sleep(COMMENT_PAUSE_MS);
  }
}

export default {
  name: "Load with writes",
  engines: ["sqlite", "postgresql"],
  async run(ctx): Promise<PartReport> {
    const report: PartReport = { tried: [], held: [], failed: [] };
    const { database: databaseFile, env } = await loadDatabase(ctx);
    const server = await startServer({ database: databaseFile, distDir: ctx.distDir, env });
    const articles = await withSql(databaseFile, async (sql) => Number((await sql.all<{ n: number | string }>(`SELECT count(*) AS n FROM "Article" WHERE "status" = 'PUBLISHED'`))[0]?.n ?? 0));
    const commentsBefore = await countRows(databaseFile, "Comment");
    try {
      const paths = await readerPaths(databaseFile);
      const slugs = await commentableSlugs(databaseFile, COMMENTERS + 3);
      ctx.log(`${fmt(articles)} published stories; signing in ${COMMENTERS + 3} commenters`);
      const commenters = await Promise.all(
        Array.from({ length: COMMENTERS }, (_, i) => newCommenter(server.url, databaseFile, slugs[i % slugs.length]!, `10.55.1.${i + 1}`)),
      );
      // Limit probes: one person posting as fast as they can; two people behind one address.
      const eager = await newCommenter(server.url, databaseFile, slugs[COMMENTERS % slugs.length]!, "10.55.2.1");
      const sharedA = await newCommenter(server.url, databaseFile, slugs[(COMMENTERS + 1) % slugs.length]!, "10.55.3.1");
      const sharedB = await newCommenter(server.url, databaseFile, slugs[(COMMENTERS + 2) % slugs.length]!, "10.55.3.1");

      const reads: Read[] = [];
      const attempts: Attempt[] = [];
      const doubles: Attempt[][] = [];
      const eagerAttempts: Attempt[] = [];
      const sharedAttempts: Attempt[] = [];
      const started = Date.now();
      const until = started + DURATION_MS;
      ctx.log(`${READERS} readers and ${COMMENTERS} commenters for ${DURATION_MS / 1000} s`);
      await Promise.all([
        ...Array.from({ length: READERS }, () => reader(server.url, paths, until, reads)),
        ...commenters.map((c, i) => steadyCommenter(c, i, until, attempts, doubles)),
      ]);
      const elapsed = Date.now() - started;
      // The limit probes, once the load is over, each burst at once: which posts land in the same
      // minute must not depend on how slowly a loaded server answers.
      for (const result of await Promise.all(Array.from({ length: 8 }, (_, n) => eager.post(`load-eager-n${n + 1}-${Date.now()}`)))) {
        eagerAttempts.push(...result);
      }
      const shared = [sharedA, sharedA, sharedA, sharedB, sharedB, sharedB].map((c, n) => c.post(`load-shared-n${n + 1}-${Date.now()}`));
      for (const result of await Promise.all(shared)) sharedAttempts.push(...result);
      const connections = isPostgres(databaseFile) ? null : databaseConnections(server.pid, databaseFile);
      const stop = await server.stop();

      // One connection: better-sqlite3 waits for a lock synchronously, so a second connection's
      // write behind an open transaction would stall the whole process for the busy timeout.
      if (connections) {
        report.tried.push(`counted the server's open connections to the database once every public route, the comment action and the limit probes had run`);
        if (connections.readWrite === 1) report.held.push(`one read-write connection for the whole process (and ${connections.readOnly} read-only: reads outside transactions, and the page cache's invalidation reader)`);
        else report.failed.push(`${connections.readWrite} read-write connections (expected 1): a write on one waits synchronously for another's open transaction, stalling the process for the busy timeout and then failing`);
      }

      // Readers.
      const statuses = new Map<string, number>();
      for (const r of reads) statuses.set(String(r.status ?? "no answer"), (statuses.get(String(r.status ?? "no answer")) ?? 0) + 1);
      const serverErrors = reads.filter((r) => r.status === null || r.status >= 500);
      const latencies = reads.map((r) => r.ms);
      report.tried.push(
        `${READERS} readers sent ${fmt(reads.length)} GETs over ${paths.length} URLs in ${(elapsed / 1000).toFixed(0)} s against ${fmt(articles)} published stories (${(reads.length / (elapsed / 1000)).toFixed(1)} req/s; p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${Math.max(0, ...latencies).toFixed(0)} ms)`,
      );
      const statusLine = [...statuses].map(([s, n]) => `${s}: ${fmt(n)}`).join(", ");
      if (serverErrors.length === 0) report.held.push(`no 5xx and no unanswered request among ${fmt(reads.length)} reads (${statusLine})`);
      else report.failed.push(`${serverErrors.length} reads answered 5xx or not at all (${statusLine}); e.g. ${serverErrors.slice(0, 3).map((r) => `${r.path} → ${r.status ?? "none"}`).join(", ")}`);

      // Steady commenters.
      const t = tally(attempts);
      const postLatencies = attempts.map((a) => a.ms);
      report.tried.push(
        `${COMMENTERS} signed-in commenters (one address each) sent ${attempts.length} comment-form posts through the server action, ${doubles.length} of them forms submitted twice at once (post p50 ${percentile(postLatencies, 50)} ms, p95 ${percentile(postLatencies, 95)} ms)`,
      );
      const unexpected = attempts.filter((a) => !["acknowledged", "duplicate"].includes(a.outcome));
      if (unexpected.length === 0) report.held.push(`every post was acknowledged (${t.acknowledged}) or refused as a double submit (${t.duplicate}); no rate-limit refusal for commenters within the limits`);
      else {
        // What the server logged for a post it could not make: the reason behind "Something went wrong".
        const failedActions = jsonLines(server.logs()).filter((l) => l.event === "action.failed");
        report.failed.push(
          `${unexpected.length} unexpected outcomes: ${JSON.stringify(tally(unexpected))}; e.g. ${unexpected.slice(0, 3).map((a) => `${a.outcome} ${a.detail ?? ""}`).join(" | ")}${failedActions[0] ? `; the server logged: ${String(failedActions[0].error).slice(0, 400)}` : ""}`,
        );
      }
      const pairsWithOne = doubles.filter((pair) => pair.filter((a) => a.outcome === "acknowledged").length === 1).length;
      if (pairsWithOne === doubles.length) report.held.push(`each of the ${doubles.length} double-submitted forms was acknowledged once and refused once ("You posted this same comment a moment ago.")`);
      else report.failed.push(`${doubles.length - pairsWithOne} of ${doubles.length} double submits were not exactly one acknowledgement: ${JSON.stringify(doubles.filter((p) => p.filter((a) => a.outcome === "acknowledged").length !== 1).slice(0, 3).map((p) => p.map((a) => a.outcome)))}`);

      // Limit probes.
      const eagerT = tally(eagerAttempts);
      report.tried.push(`after the load: one commenter posted 8 different comments at once; two commenters behind one client address posted 3 each at once`);
      if (eagerT.acknowledged === 5 && eagerT["rate-limited"] === 3) report.held.push(`per-user limit: 5 acknowledged, 3 refused with "You are commenting very fast…"`);
      else report.failed.push(`per-user limit: expected 5 acknowledged and 3 rate-limited, got ${JSON.stringify(eagerT)}`);
      const sharedT = tally(sharedAttempts);
      if (sharedT.acknowledged === 5 && sharedT["rate-limited"] === 1) report.held.push(`per-address limit: 5 of the 6 from one address acknowledged, 1 refused, though neither person passed their own limit`);
      else report.failed.push(`per-address limit: expected 5 acknowledged and 1 rate-limited, got ${JSON.stringify(sharedT)}`);

      // The database.
      const all = [...attempts, ...eagerAttempts, ...sharedAttempts];
      const ledger = await verifyLedger(databaseFile, all);
      report.tried.push(`compared ${ledger.acknowledged} acknowledged comments with the database after a SIGTERM stop (${stop.ms} ms, exit code ${stop.code})`);
      if (ledger.lost.length === 0 && ledger.doubled.length === 0 && ledger.storedOnce === ledger.acknowledged) {
        report.held.push(`all ${ledger.acknowledged} acknowledged comments stored exactly once; no refused one stored`);
      } else {
        report.failed.push(`acknowledged ${ledger.acknowledged}, stored once ${ledger.storedOnce}, lost ${ledger.lost.length} (${ledger.lost.slice(0, 3).join(", ")}), doubled ${ledger.doubled.length} (${ledger.doubled.slice(0, 3).join(", ")})`);
      }
      if (ledger.refusedStored.length > 0) report.failed.push(`${ledger.refusedStored.length} comments the site refused were stored anyway: ${ledger.refusedStored.slice(0, 3).join(", ")}`);
      if (ledger.unansweredStored > 0) report.failed.push(`${ledger.unansweredStored} posts got no answer but were stored (counted above as unanswered)`);
      const check = isPostgres(databaseFile) ? null : integrity(databaseFile);
      const commentsAfter = await countRows(databaseFile, "Comment");
      if (commentsAfter - commentsBefore !== ledger.acknowledged + ledger.unansweredStored) report.failed.push(`the Comment table grew by ${commentsAfter - commentsBefore}, not by the ${ledger.acknowledged} acknowledged`);
      else report.held.push(`the Comment table grew by exactly ${ledger.acknowledged}`);
      if (check === "ok") report.held.push("PRAGMA integrity_check: ok");
      else if (check !== null) report.failed.push(`PRAGMA integrity_check: ${check}`);
    } finally {
      await server.stop();
    }
    return report;
  },
} satisfies ReliabilityPart;
