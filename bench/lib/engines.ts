/**
 * SQLite and PostgreSQL side by side (`npm run bench -- --postgres`): the story page, from the
 * cache and rendered per request, and comment posting, measured on each engine in the same run,
 * on the same newsroom (bench/lib/postgres.ts copies it) and the same build.
 */
import type { CommentRun } from "./comments";
import type { Measurement } from "./load";
import { markdownTable, mb, ms, percent } from "./report";

export type Engine = "SQLite" | "PostgreSQL";

export interface EngineRun {
  engine: Engine;
  /** The story page's runs: cached and bypassed, at each concurrency. */
  pages: { mode: "cached" | "bypassed"; connections: number; m: Measurement }[];
  comments: CommentRun | Error;
}

/**
 * The section of BENCHMARKS.md that puts the engines side by side; nothing unless both ran.
 * `postgresServer` says which server it was (its version, and how it was started).
 */
export function engineSection(runs: readonly EngineRun[], writers: number, commentSeconds: number, postgresServer: string): string[] {
  const [sqlite, postgres] = runs;
  if (!sqlite || !postgres) return [];
  const pageRows = sqlite.pages.flatMap((s) => {
    const p = postgres.pages.find((r) => r.mode === s.mode && r.connections === s.connections);
    if (!p) return [];
    return [
      [
        `story \`${s.mode}\``,
        String(s.connections),
        s.m.rps.toFixed(0),
        p.m.rps.toFixed(0),
        percent(p.m.rps / s.m.rps),
        `${ms(s.m.p50)} / ${ms(p.m.p50)}`,
        `${ms(s.m.p99)} / ${ms(p.m.p99)}`,
        `${s.m.errors + s.m.non2xx} / ${p.m.errors + p.m.non2xx}`,
        `${mb(s.m.peakRss)} / ${mb(p.m.peakRss)}`,
      ],
    ];
  });
  const commentRow = (run: EngineRun) =>
    run.comments instanceof Error
      ? [run.engine, "failed", "", "", "", "", "", "", ""]
      : [
          run.engine,
          run.comments.rps.toFixed(0),
          ms(run.comments.p50),
          ms(run.comments.p99),
          String(run.comments.acknowledged),
          String(run.comments.stored),
          String(run.comments.lost),
          String(run.comments.duplicates),
          String(run.comments.errors + run.comments.non2xx + run.comments.failed),
        ];
  return [
    "### SQLite and PostgreSQL",
    "",
    `The same build and the same newsroom on each engine, in this run: ${postgresServer}, loaded from the SQLite database by \`scripts/lib/sqlite-to-postgres.ts\` (then ANALYZEd). Each cell: SQLite / PostgreSQL; the ratio is PostgreSQL's requests per second over SQLite's.`,
    "",
    markdownTable(["page", "conn", "SQLite req/s", "PostgreSQL req/s", "PostgreSQL ÷ SQLite", "p50 ms", "p99 ms", "errors + non-2xx", "peak RSS MB"], pageRows, 1),
    "",
    `Comment posting, ${writers} concurrent writers, ${commentSeconds} s each:`,
    "",
    markdownTable(["engine", "req/s", "p50 ms", "p99 ms", "acknowledged", "stored", "lost", "duplicates", "errors"], runs.map(commentRow), 1),
  ];
}
