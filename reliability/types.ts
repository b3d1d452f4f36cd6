/** The contract between `reliability/run.ts` and each part in `reliability/parts/`. */

/** The database engine a run of the suite serves from (`--postgresql` picks PostgreSQL). */
export type Engine = "sqlite" | "postgresql";

export interface ReliabilityContext {
  /** The repository root (absolute). */
  root: string;
  /** The production build every part serves from, relative to the root (`.next-reliability`). */
  distDir: string;
  /** SQLite files (the default), or databases on a throwaway PostgreSQL server (`--postgresql`). */
  engine: Engine;
  /** A progress line on stderr, prefixed with the part's name. */
  log(line: string): void;
}

/** Short human lines with counts, e.g. "sent 1,240 requests with malformed parameters to 31 routes". */
export interface PartReport {
  tried: string[];
  held: string[];
  /** Empty when the part passed. */
  failed: string[];
}

export interface ReliabilityPart {
  name: string;
  /** The engines the part runs on; SQLite only when not given. */
  engines?: readonly Engine[];
  run(ctx: ReliabilityContext): Promise<PartReport>;
}
