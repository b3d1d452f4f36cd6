/**
 * `npm run bench`: load test of the production build on 127.0.0.1 with autocannon, beside three
 * baselines measured in the same run with the same settings (a minimal Next.js app's static and
 * dynamic page rendering the same article, and Node's http module serving that article's page as a
 * file). Prints the table, writes it to BENCHMARKS.md, and exits non-zero only when the run itself
 * broke (connection errors, non-2xx answers, failed comment posts, a server that died).
 *
 *   npm run bench [-- --quick] [--duration <s>] [--warmup <s>] [--scale <n> | --demo] [--no-build] [--port <p>] [--postgres]
 *
 * With --postgres (or DATABASE_URL=postgres://…), the story page and comment posting are measured
 * again on PostgreSQL, on the same newsroom, and shown beside SQLite's (bench/lib/engines.ts).
 */
import { SESSION_COOKIE } from "@/lib/auth/cookies";
import { bypassCookie } from "@/scripts/lib/draft-mode";
import { appDistPath, startApp, startBaselineHttp, startBaselineNext } from "./lib/apps";
import { benchmarkComments, type CommentRun } from "./lib/comments";
import { describeSize } from "./lib/database";
import { engineSection, type EngineRun } from "./lib/engines";
import { measure, type LoadSettings, type Measurement } from "./lib/load";
import { COMMON_USAGE, parseOptions, UsageError } from "./lib/options";
import { preparePostgres } from "./lib/postgres";
import { prepare } from "./lib/prepare";
import { stopServer, type Server } from "./lib/process";
import { loadAverage, machine, markdownTable, mb, ms, percent, writeBenchmarksSection } from "./lib/report";

const CONNECTIONS = [10, 50] as const;
const COMMENT_WRITERS = 10;
/** A post re-renders the discussion page: a few seconds each under load, so this run is longer. */
const COMMENT_MIN_DURATION_S = 30;
const P99_BUDGET_MS = 100;
const RSS_BUDGET_BYTES = 400e6;
const FULL_SCALE = 100_000;

const USAGE = `npm run bench [-- options]
  --quick         a short smoke run (3 s per run, 1 s warm-up)
  --duration <s>  seconds measured per run (default 10)
  --warmup <s>    seconds of warm-up before each run (default 3)
  --postgres      also measure the story page and comment posting on PostgreSQL (DATABASE_URL=postgres://…,
                  or a throwaway server), on a copy of the same newsroom
${COMMON_USAGE}`;

type Baseline = "static" | "dynamic" | "http";
const BASELINES: { key: Baseline; label: string }[] = [
  { key: "static", label: "Next static" },
  { key: "dynamic", label: "Next dynamic" },
  { key: "http", label: "node:http file" },
];

interface Row {
  target: string;
  path: string;
  mode: "cached" | "bypassed" | "baseline";
  connections: number;
  m: Measurement;
}

/**
 * Every measured run gets a server of its own: requests a run leaves in flight (autocannon stops
 * waiting for them, the server does not) would otherwise weigh on the next, and each run's peak
 * RSS is then its own.
 */
async function withServer<T>(start: () => Promise<Server>, body: (server: Server) => Promise<T>): Promise<T> {
  const server = await start();
  try {
    return await body(server);
  } finally {
    await stopServer(server);
  }
}

function progress(label: string, connections: number, m: Measurement) {
  console.log(
    `  ${label.padEnd(23)} ${String(connections).padStart(2)} conn: ${m.rps.toFixed(0).padStart(5)} req/s, p50 ${ms(m.p50)} ms, p99 ${ms(m.p99)} ms, errors ${m.errors}, non-2xx ${m.non2xx}, RSS ${mb(m.peakRss)} MB`,
  );
}

const tallySummary = (tally: Record<string, number>) =>
  Object.entries(tally)
    .map(([state, n]) => `${state === "none" ? "–" : state} ×${n}`)
    .join(", ") || "–";
const total = (tally: Record<string, number>) => Object.values(tally).reduce((a, b) => a + b, 0);

async function main(): Promise<number> {
  const { options, values, help, positiveInt } = parseOptions(process.argv.slice(2), {
    quick: { type: "boolean", default: false },
    duration: { type: "string" },
    warmup: { type: "string" },
    postgres: { type: "boolean", default: false },
  });
  if (help) {
    console.log(USAGE);
    return 0;
  }
  const quick = Boolean(values.quick);
  const duration = positiveInt("duration", values.duration as string | undefined, quick ? 3 : 10, 600);
  const warmup = values.warmup === "0" ? 0 : positiveInt("warmup", values.warmup as string | undefined, quick ? 1 : 3, 600);
  const settings = (connections: number): LoadSettings => ({ connections, duration, warmup });
  const started = new Date();
  const loadBefore = loadAverage();

  const { db, targets } = await prepare(options);
  const rows: Row[] = [];
  const record = (row: Row) => {
    rows.push(row);
    progress(`${row.target} ${row.mode}`, row.connections, row.m);
  };

  console.log(`\nBaselines (the article "${targets.article.title}") …`);
  const nextBaseline = () => startBaselineNext(options.port + 1);
  for (const connections of CONNECTIONS) {
    for (const [target, path] of [["Next static", "/static"], ["Next dynamic", "/dynamic"]] as const) {
      record({ target, path, mode: "baseline", connections, m: await withServer(nextBaseline, (server) => measure(server, path, settings(connections))) });
    }
    const m = await withServer(() => startBaselineHttp(options.port + 2), (server) => measure(server, "/", settings(connections)));
    record({ target: "node:http file", path: "/", mode: "baseline", connections, m });
  }

  console.log(`\nMasthead on ${describeSize(db.size)} …`);
  const app = () => startApp(options.port, db);
  const bypass = { cookie: bypassCookie(appDistPath) };
  for (const target of targets.pages) {
    for (const mode of ["cached", "bypassed"] as const) {
      for (const connections of CONNECTIONS) {
        const headers = mode === "bypassed" ? bypass : {};
        const m = await withServer(app, (server) => measure(server, target.path, settings(connections), { headers }));
        record({ target: target.name, path: target.path, mode, connections, m });
      }
    }
  }
  const commentSettings = { ...settings(COMMENT_WRITERS), duration: quick ? duration : Math.max(duration, COMMENT_MIN_DURATION_S) };
  const postComments = (start: () => Promise<Server>, databaseUrl: string) =>
    // A failure here is reported with the page figures rather than losing them.
    withServer(start, (server) => benchmarkComments(server, databaseUrl, targets.discussionPath, SESSION_COOKIE, commentSettings)).catch((error: unknown) =>
      error instanceof Error ? error : new Error(String(error)),
    );
  console.log(`\nComments: ${COMMENT_WRITERS} concurrent writers on ${targets.discussionPath} …`);
  const comments = await postComments(app, db.databaseUrl);
  if (comments instanceof Error) console.error(`Comment posting failed: ${comments.message}`);
  else progress("post comment", COMMENT_WRITERS, comments);

  const engines: EngineRun[] = [];
  let postgresServer = "";
  const given = process.env.DATABASE_URL;
  if (values.postgres || /^postgres(ql)?:\/\//.test(given ?? "")) {
    const story = (from: Row[]) => from.filter((r) => r.target === "article" && r.mode !== "baseline").map(({ mode, connections, m }) => ({ mode: mode as "cached" | "bypassed", connections, m }));
    engines.push({ engine: "SQLite", pages: story(rows), comments });
    // Without a server to measure, the SQLite figures are still written, and the run counts as broken.
    const postgres = await preparePostgres(db, given).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    if (postgres instanceof Error) {
      console.error(`PostgreSQL could not be prepared: ${postgres.message}`);
      engines.push({ engine: "PostgreSQL", pages: [], comments: postgres });
    } else {
      postgresServer = postgres.server;
      try {
        console.log(`\nThe story page and comments on PostgreSQL …`);
        const onPostgres = () => startApp(options.port, postgres.db);
        const pages: Row[] = [];
        const article = targets.pages.find((t) => t.name === "article")!;
        for (const mode of ["cached", "bypassed"] as const) {
          for (const connections of CONNECTIONS) {
            const m = await withServer(onPostgres, (server) => measure(server, article.path, settings(connections), { headers: mode === "bypassed" ? bypass : {} }));
            pages.push({ target: "article", path: article.path, mode, connections, m });
            progress(`PostgreSQL article ${mode}`, connections, m);
          }
        }
        const pgComments = await postComments(onPostgres, postgres.db.databaseUrl);
        if (pgComments instanceof Error) console.error(`Comment posting on PostgreSQL failed: ${pgComments.message}`);
        else progress("PostgreSQL post comment", COMMENT_WRITERS, pgComments);
        engines.push({ engine: "PostgreSQL", pages: story(pages), comments: pgComments });
      } finally {
        await postgres.stop();
      }
    }
  }

  const report = render({ rows, comments, engines, postgresServer, started, loadBefore, loadAfter: loadAverage(), duration, warmup, quick, argv: process.argv.slice(2), dbLabel: describeSize(db.size), fullScale: db.size.kind === "scale" && db.size.articles === FULL_SCALE, notes: targets.notes });
  console.log(`\n${report}`);
  writeBenchmarksSection("bench", report);
  console.log("\nWritten to BENCHMARKS.md.");

  const brokenComments = (run: CommentRun | Error) => run instanceof Error || run.errors > 0 || run.failed > 0;
  const broken =
    rows.some((r) => r.m.errors > 0 || r.m.non2xx > 0) ||
    brokenComments(comments) ||
    engines.some((e) => brokenComments(e.comments) || e.pages.some((p) => p.m.errors > 0 || p.m.non2xx > 0));
  if (broken) console.error("\nThe run had errors (see the errors, non-2xx and comment columns).");
  return broken ? 1 : 0;
}

interface RenderInput {
  rows: Row[];
  comments: CommentRun | Error;
  engines: EngineRun[];
  postgresServer: string;
  started: Date;
  loadBefore: string;
  loadAfter: string;
  duration: number;
  warmup: number;
  quick: boolean;
  argv: string[];
  dbLabel: string;
  fullScale: boolean;
  notes: string[];
}

function render(input: RenderInput): string {
  const { rows } = input;
  const baseline = (key: Baseline, connections: number) =>
    rows.find((r) => r.mode === "baseline" && r.target === BASELINES.find((b) => b.key === key)!.label && r.connections === connections)!.m;
  const ratio = (m: Measurement, key: Baseline, connections: number) => m.rps / baseline(key, connections).rps;
  const find = (target: string, mode: Row["mode"], connections: number) =>
    rows.find((r) => r.target === target && r.mode === mode && r.connections === connections)!;

  const table = markdownTable(
    ["target", "mode", "conn", "req/s", "p50 ms", "p99 ms", "errors", "non-2xx", "peak RSS MB", "x-nextjs-cache", "Cache-Control", "÷ Next static", "÷ Next dynamic", "÷ node:http"],
    rows.map((r) => [
      r.mode === "baseline" ? r.target : `${r.target} \`${r.path}\``,
      r.mode,
      String(r.connections),
      r.m.rps.toFixed(0),
      ms(r.m.p50),
      ms(r.m.p99),
      String(r.m.errors),
      String(r.m.non2xx),
      mb(r.m.peakRss),
      r.mode === "baseline" ? "" : tallySummary(r.m.cache),
      r.mode === "baseline" ? "" : tallySummary(r.m.cacheControl),
      ...BASELINES.map((b) => percent(ratio(r.m, b.key, r.connections))),
    ]),
    2,
  );

  const commentSection = (comments: CommentRun) => {
    const table = markdownTable(
      ["writers", "req/s", "p50 ms", "p99 ms", "errors", "non-2xx", "acknowledged", "refused (limits)", "failed", "stored", "lost", "stored, not acknowledged", "duplicates", "peak RSS MB"],
      [
        [
          String(COMMENT_WRITERS),
          comments.rps.toFixed(0),
          ms(comments.p50),
          ms(comments.p99),
          String(comments.errors),
          String(comments.non2xx),
          String(comments.acknowledged),
          String(comments.refused),
          String(comments.failed),
          String(comments.stored),
          String(comments.lost),
          String(comments.unacknowledged),
          String(comments.duplicates),
          mb(comments.peakRss),
        ],
      ],
      0,
    );
    const failures = Object.entries(comments.failures).map(([why, n]) => `${n} × ${why}`);
    return [table, ...(failures.length > 0 ? ["", `Failures: ${failures.join("; ")}.`] : [])];
  };

  // Against the targets of the issue.
  const verdict = (pass: boolean) => (pass ? "**pass**" : "**miss**");
  const criteria: string[] = [];
  const cached50 = find("article", "cached", 50).m;
  const cachedServed = (cached50.cache.HIT ?? 0) === total(cached50.cache) && !cached50.cacheControl["no-store"];
  const staticRatio = ratio(cached50, "static", 50);
  criteria.push(
    `${verdict(staticRatio >= 0.8 && cached50.p99 < P99_BUDGET_MS && cachedServed)} Cached article page at 50 connections: ${cached50.rps.toFixed(0)} req/s = ${percent(staticRatio)} of the minimal static Next page (needs ≥ 80 %), p99 ${ms(cached50.p99)} ms (needs < ${P99_BUDGET_MS} ms); x-nextjs-cache on the probes: ${tallySummary(cached50.cache)}${cachedServed ? "" : " — not served from the cache"}.`,
  );
  const cachedRows = rows.filter((r) => r.mode === "cached");
  const hits = cachedRows.filter((r) => (r.m.cache.HIT ?? 0) === total(r.m.cache) && !r.m.cacheControl["no-store"]);
  const bypassedRows = rows.filter((r) => r.mode === "bypassed");
  const drafts = bypassedRows.filter((r) => (r.m.cacheControl["no-store"] ?? 0) === total(r.m.cacheControl));
  criteria.push(
    `Cache check (not a target): ${hits.length} of ${cachedRows.length} cached runs were served from the cache on every probe (x-nextjs-cache: HIT, a shareable Cache-Control)${hits.length < cachedRows.length ? `; not: ${cachedRows.filter((r) => !hits.includes(r)).map((r) => `${r.target} ${r.connections}`).join(", ")}` : ""}. ${drafts.length} of ${bypassedRows.length} bypassed runs answered every probe with a private, no-store Cache-Control (draft mode, rendered for the request).`,
  );
  const bypassed50 = find("article", "bypassed", 50).m;
  const dynamicRatio = ratio(bypassed50, "dynamic", 50);
  criteria.push(
    `${input.fullScale ? verdict(dynamicRatio >= 0.5) : "**not measured on 100,000 articles**"} Uncached article page at 50 connections (${input.dbLabel}): ${bypassed50.rps.toFixed(0)} req/s = ${percent(dynamicRatio)} of the minimal dynamic Next page (needs ≥ 50 %).`,
  );
  const uncached10 = rows.filter((r) => r.mode === "bypassed" && r.connections === 10);
  const slow = uncached10.filter((r) => r.m.p99 >= P99_BUDGET_MS);
  criteria.push(
    `${input.fullScale ? verdict(slow.length === 0) : "**not measured on 100,000 articles**"} Every uncached page's p99 under ${P99_BUDGET_MS} ms at 10 connections (${input.dbLabel}): ${uncached10.map((r) => `${r.target} ${ms(r.m.p99)} ms`).join(", ")}.`,
  );
  const errorRuns = rows.filter((r) => r.m.errors > 0 || r.m.non2xx > 0);
  const comments = input.comments;
  const commentErrors = comments instanceof Error ? "the run failed" : String(comments.errors + comments.non2xx + comments.failed);
  criteria.push(
    `${verdict(errorRuns.length === 0 && commentErrors === "0")} No errors: ${errorRuns.length === 0 ? "none in any page run" : errorRuns.map((r) => `${r.target} ${r.mode} ${r.connections}: ${r.m.errors} errors, ${r.m.non2xx} non-2xx`).join("; ")}; comment posting: ${commentErrors}${comments instanceof Error ? "" : ` (refused by the limits: ${comments.refused})`}.`,
  );
  if (comments instanceof Error) {
    criteria.push(`${verdict(false)} Comment posting at ${COMMENT_WRITERS} writers: failed (${comments.message.split("\n")[0]}).`);
  } else {
    // autocannon stops with one request in flight per connection: those may be stored unanswered.
    const unanswered = comments.unacknowledged > COMMENT_WRITERS;
    criteria.push(
      `${verdict(comments.lost === 0 && comments.duplicates === 0 && comments.acknowledged > 0 && !unanswered)} Comment posting at ${COMMENT_WRITERS} writers: ${comments.acknowledged} acknowledged, ${comments.stored} stored, ${comments.lost} lost, ${comments.duplicates} duplicated, ${comments.unacknowledged} stored without an answer (${unanswered ? `more than the ${COMMENT_WRITERS} requests in flight when the run stopped` : "requests still in flight when the run stopped"}).`,
    );
  }
  const app50 = rows.filter((r) => r.mode !== "baseline" && r.connections === 50);
  const peak = Math.max(...app50.map((r) => r.m.peakRss));
  criteria.push(
    `${input.fullScale ? verdict(peak < RSS_BUDGET_BYTES) : "**not measured on 100,000 articles**"} Server RSS under the 50-connection load (${input.dbLabel}): peak ${mb(peak)} MB (needs < ${mb(RSS_BUDGET_BYTES)} MB).`,
  );

  return [
    "## Load test (`npm run bench`)",
    "",
    `- Date: ${input.started.toISOString().replace(/\.\d+Z$/, "Z")}`,
    `- Machine: ${machine()}; load average ${input.loadBefore} before the run, ${input.loadAfter} after`,
    `- Command: \`npm run bench${input.argv.length > 0 ? ` -- ${input.argv.join(" ")}` : ""}\``,
    `- Database: ${input.dbLabel}; ${input.duration} s measured per run after ${input.warmup} s of warm-up at the same concurrency; autocannon 9 in one process on the same machine, HTTP/1.1 keep-alive, no compression requested.`,
    "- Modes: *cached* is a plain request; *bypassed* sends Next.js's draft-mode cookie (`__prerender_bypass`), which skips the full-route and data caches. The x-nextjs-cache and Cache-Control columns count what those headers said on 3 probe requests just before and 3 just after each measured run (– = no header). Next.js 16 also says `x-nextjs-cache: HIT` on a draft-mode request to a prerendered route, though that render skips the cache; draft mode shows in its `Cache-Control: private, no-cache, no-store` (\"no-store\" here). Pages rendered per request (force-dynamic) send no x-nextjs-cache and a no-store Cache-Control in both modes.",
    "- Baselines: a minimal app of the same Next.js rendering this article's headline, standfirst and body from memory (`/static`, force-static; `/dynamic`, force-dynamic), and Node's http module serving the article page's HTML, as Masthead served it, from a buffer read once from a file. Ratios compare requests/s at the same concurrency.",
    "- Every row has a freshly started server (warmed up by the warm-up run): a run's requests still in flight when autocannon stops would otherwise load the next run. Peak RSS: that server's process tree, sampled from /proc every 100 ms during the measured run. The measured run opens all its connections at once, and Node.js 20 accepts one new connection per turn of its event loop: on a busy server the last ones wait for their first answer, and those answers are the long p99s of uncached pages at 50 connections (docs/performance.md, \"Where the time goes\").",
    ...input.notes.map((n) => `- Note: ${n}`),
    "",
    table,
    "",
    `### Comment posting (${COMMENT_WRITERS} concurrent writers, ${input.quick ? input.duration : Math.max(input.duration, COMMENT_MIN_DURATION_S)} s)`,
    "",
    "Signed-in readers post through the article's comment form as a browser without JavaScript does (multipart POST with the form's server-action fields); each request has its own reader and client address, so the per-user and per-client limits stay untouched. *Acknowledged* = a 2xx answer carrying the form's success state; *stored* = rows written for the measured run's posts.",
    "",
    ...(comments instanceof Error ? [`The comment run failed: ${comments.message}`] : commentSection(comments)),
    "",
    ...engineSection(input.engines, COMMENT_WRITERS, input.quick ? input.duration : Math.max(input.duration, COMMENT_MIN_DURATION_S), input.postgresServer),
    ...(input.engines.length > 0 ? [""] : []),
    "### Against the targets",
    "",
    ...criteria.map((c) => `- ${c}`),
  ].join("\n");
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof UsageError ? `${error.message}\n\n${USAGE}` : error);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
