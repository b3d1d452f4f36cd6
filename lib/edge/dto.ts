/** What the purger knows of one edge, as stored (times in ms since the epoch). */
export interface EdgePurgeStateDTO {
  edge: string;
  /** Every CacheInvalidation row up to this seq was purged at the edge. */
  position: number;
  /** When the edge last had nothing left to purge; 0: never. */
  caughtUpAt: number;
  lastLagMs: number | null;
  lastPurgedAt: number | null;
  failingSince: number | null;
  lastError: string | null;
}

export interface InvalidationRowDTO {
  seq: number;
  tag: string;
  /** ms since the epoch. */
  invalidatedAt: number;
}

/** One edge as /api/health reports it: numbered in EDGE_PURGE_URLS order (its address stays private). */
export interface EdgeHealthDTO {
  edge: number;
  /** `ok`: answering purges; `failing`: not answering since `failingSince`; `unknown`: never reached yet. */
  status: "ok" | "failing" | "unknown";
  /** Invalidations written but not yet purged there. */
  pending: number;
  /** Age of the oldest of them (ms): the lag the edge has right now. */
  pendingForMs: number | null;
  /** Write → purge answered, for the last purge (ms). */
  lastLagMs: number | null;
  lastPurgedAt: string | null;
  failingSince: string | null;
}
