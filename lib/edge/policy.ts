/** The purger's decisions that depend on nothing but their inputs. */
import type { EdgeHealthDTO, EdgePurgeStateDTO } from "@/lib/edge/dto";

const HOUR_MS = 60 * 60 * 1000;

/**
 * How often an edge with nothing to purge has that written down (its `caughtUpAt`): rarely, so
 * that looking at an idle log writes nothing, and often enough beside how long the log keeps rows.
 */
export function caughtUpRefreshMs(keepMs: number): number {
  return Math.min(HOUR_MS, Math.floor(keepMs / 4));
}

/**
 * Whether the edge must forget everything before it is purged again: it was never purged, or it
 * has not been caught up for longer than the log keeps its rows (minus how stale the record of
 * that may be), so rows it never received may have been pruned.
 */
export function needsFullBan(state: Pick<EdgePurgeStateDTO, "caughtUpAt"> | null, now: number, keepMs: number): boolean {
  if (!state || state.caughtUpAt <= 0) return true;
  return now - state.caughtUpAt > keepMs - caughtUpRefreshMs(keepMs);
}

export interface Backoff {
  firstMs: number;
  maxMs: number;
}

/** The wait before attempt `failures + 1`: doubling from `firstMs` up to `maxMs`, `jitter` in [0, 1) spreading it by ±20 %. */
export function retryDelayMs(failures: number, { firstMs, maxMs }: Backoff, jitter: number): number {
  const base = Math.min(maxMs, firstMs * 2 ** Math.max(0, Math.min(30, failures - 1)));
  return Math.round(base * (0.8 + 0.4 * jitter));
}

/** One edge as /api/health reports it. */
export function edgeHealth(
  index: number,
  state: EdgePurgeStateDTO | null,
  pending: { count: number; oldestAt: number | null },
  now: number,
): EdgeHealthDTO {
  const iso = (ms: number | null | undefined) => (ms ? new Date(ms).toISOString() : null);
  return {
    edge: index + 1,
    status: state?.failingSince ? "failing" : state?.lastPurgedAt ? "ok" : "unknown",
    pending: pending.count,
    pendingForMs: pending.oldestAt === null ? null : Math.max(0, Math.round(now - pending.oldestAt)),
    lastLagMs: state?.lastLagMs === null || state?.lastLagMs === undefined ? null : Math.round(state.lastLagMs),
    lastPurgedAt: iso(state?.lastPurgedAt),
    failingSince: iso(state?.failingSince),
  };
}
