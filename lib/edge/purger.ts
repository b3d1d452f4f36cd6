/**
 * Tells every edge cache in EDGE_PURGE_URLS what to forget, from the CacheInvalidation log, at
 * least once:
 * - each edge's position in the log is stored (EdgePurge), so a restarted server, or another
 *   server, carries on where the last purge was answered;
 * - a purge that fails is tried again, with a doubling wait (lib/edge/policy.ts), until the edge
 *   answers; writes meanwhile wait in the log;
 * - an edge never purged before, or unreachable for longer than the log keeps its rows, is told to
 *   forget everything (a ban) before it is purged again;
 * - each purge logs its lag (`edge.purged`: from the write to the edge's answer), which
 *   /api/health also reports.
 * A server runs one purger (started beside the scheduler, instrumentation.ts) that looks at the
 * log twice a second for writes made elsewhere (the CLI, another server); a write made in this
 * process asks it at once (`purgeEdgesAfterWrite`) and waits briefly for the answer.
 */
import "server-only";
import { purgeKeys } from "@/lib/cache/surrogate-keys.cjs";
import { KEEP_INVALIDATIONS_MS } from "@/lib/cache/log-retention";
import { recordEdgeCaughtUp, recordEdgeFailure, recordEdgePurged } from "@/lib/edge/mutations";
import { caughtUpRefreshMs, needsFullBan, retryDelayMs, type Backoff } from "@/lib/edge/policy";
import { banEverythingAt, purgeKeysAt } from "@/lib/edge/purge-client";
import { getEdgePurgeState, getNewestInvalidation, listInvalidationsAfter } from "@/lib/edge/queries";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

export interface EdgePurgerOptions {
  edges: readonly string[];
  /** How long the log keeps rows (KEEP_INVALIDATIONS_MS). */
  keepMs?: number;
  /** How often the log is looked at for writes made elsewhere. */
  pollMs?: number;
  backoff?: Backoff;
  /** Per request to an edge. */
  timeoutMs?: number;
  /** Log rows per purge. */
  batchRows?: number;
}

/** A write waits at most this long for the edges to forget it; a slower edge is purged in the background. */
const WRITE_WAIT_MS = 2_000;
/** A failing edge is logged on its first failure, then at most this often. */
const FAILURE_LOG_EVERY_MS = 60_000;

interface Retry {
  failures: number;
  firstFailedAt: number;
  retryAt: number;
  loggedAt: number;
}

export class EdgePurger {
  private readonly edges: readonly string[];
  private readonly keepMs: number;
  private readonly pollMs: number;
  private readonly backoff: Backoff;
  private readonly timeoutMs: number;
  private readonly batchRows: number;
  private readonly retries = new Map<string, Retry>();
  private current: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  private timer: NodeJS.Timeout | undefined;

  constructor(options: EdgePurgerOptions) {
    this.edges = [...options.edges];
    this.keepMs = options.keepMs ?? KEEP_INVALIDATIONS_MS;
    this.pollMs = options.pollMs ?? 500;
    this.backoff = options.backoff ?? { firstMs: 250, maxMs: 30_000 };
    this.timeoutMs = options.timeoutMs ?? 2_000;
    this.batchRows = options.batchRows ?? 500;
  }

  /** Looks at the log every `pollMs` until stopped. */
  start(): void {
    if (this.timer || this.edges.length === 0) return;
    this.timer = setInterval(() => void this.request(), this.pollMs);
    this.timer.unref();
    void this.request();
    log.info("edge.purger_started", { edges: this.edges.length, pollMs: this.pollMs });
  }

  /** Stops looking, and waits for a purge under way. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.queued;
    await this.current;
  }

  /** A round that begins after this call (one already queued is shared); resolves when it ends. */
  request(): Promise<void> {
    if (this.queued) return this.queued;
    if (this.current) {
      this.queued = this.current.then(() => {
        this.queued = null;
        return this.begin();
      });
      return this.queued;
    }
    return this.begin();
  }

  /** A round now, waited for at most `maxWaitMs` (it goes on in the background past that). */
  async deliverNow(maxWaitMs = WRITE_WAIT_MS): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, maxWaitMs);
      timer.unref();
    });
    try {
      await Promise.race([this.request(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private begin(): Promise<void> {
    this.current = this.round().finally(() => {
      this.current = null;
    });
    return this.current;
  }

  private async round(): Promise<void> {
    const now = Date.now();
    const due = this.edges.filter((edge) => (this.retries.get(edge)?.retryAt ?? 0) <= now);
    await Promise.all(due.map((edge) => this.deliverTo(edge)));
  }

  private async deliverTo(edge: string): Promise<void> {
    try {
      await this.catchUp(edge);
      const retry = this.retries.get(edge);
      if (retry) {
        this.retries.delete(edge);
        log.info("edge.recovered", { edge, failedAttempts: retry.failures, downForMs: Date.now() - retry.firstFailedAt });
      }
    } catch (error) {
      await this.failed(edge, error);
    }
  }

  /** Purges every row past the edge's position (after a ban, if it needs one). */
  private async catchUp(edge: string): Promise<void> {
    const state = await getEdgePurgeState(edge);
    let position = state?.position ?? 0;
    let caughtUpAt = state?.caughtUpAt ?? 0;
    if (needsFullBan(state, Date.now(), this.keepMs)) {
      // Rows written from here on are purged after the ban, so the position is read before it.
      position = (await getNewestInvalidation())?.seq ?? 0;
      await banEverythingAt(edge, this.timeoutMs);
      caughtUpAt = Date.now();
      await recordEdgePurged(edge, { position, caughtUpAt, lagMs: null, purgedAt: caughtUpAt });
      log.warn("edge.banned", { edge, reason: state?.lastPurgedAt ? "unreachable for longer than the invalidation log keeps" : "never purged before", position });
    }
    for (;;) {
      const rows = await listInvalidationsAfter(position, this.batchRows);
      if (rows.length === 0) {
        const now = Date.now();
        if (now - caughtUpAt > caughtUpRefreshMs(this.keepMs)) await recordEdgeCaughtUp(edge, now);
        return;
      }
      const tags = [...new Set(rows.map((row) => row.tag))];
      const objects = await purgeKeysAt(edge, purgeKeys(tags), this.timeoutMs);
      const purgedAt = Date.now();
      const last = rows[rows.length - 1]!;
      const complete = rows.length < this.batchRows;
      if (complete) caughtUpAt = purgedAt;
      const lagMs = purgedAt - last.invalidatedAt;
      await recordEdgePurged(edge, { position: last.seq, caughtUpAt, lagMs, purgedAt });
      log.info("edge.purged", { edge, rows: rows.length, tags: tags.length, objects, lagMs: Math.round(lagMs), maxLagMs: Math.round(purgedAt - rows[0]!.invalidatedAt) });
      position = last.seq;
      if (complete) return;
    }
  }

  private async failed(edge: string, error: unknown): Promise<void> {
    const now = Date.now();
    const retry = this.retries.get(edge) ?? { failures: 0, firstFailedAt: now, retryAt: 0, loggedAt: 0 };
    retry.failures += 1;
    const delayMs = retryDelayMs(retry.failures, this.backoff, Math.random());
    retry.retryAt = now + delayMs;
    this.retries.set(edge, retry);
    const message = error instanceof Error ? error.message : String(error);
    if (retry.failures === 1 || now - retry.loggedAt >= FAILURE_LOG_EVERY_MS) {
      retry.loggedAt = now;
      log.warn("edge.purge_failed", { edge, attempt: retry.failures, retryInMs: delayMs, error: message });
    }
    try {
      await recordEdgeFailure(edge, { at: now, error: message });
    } catch (recording) {
      log.error("edge.purge_state_unwritable", { edge, error: String(recording) });
    }
  }
}

const state = globalThis as unknown as { mastheadEdgePurger?: EdgePurger };

/** This process's purger for EDGE_PURGE_URLS (one per process, whichever bundle asks). */
function processPurger(): EdgePurger {
  return (state.mastheadEdgePurger ??= new EdgePurger({ edges: env.EDGE_PURGE_URLS }));
}

export function startEdgePurger(): void {
  if (env.EDGE_PURGE_URLS.length > 0) processPurger().start();
}

export async function stopEdgePurger(): Promise<void> {
  await state.mastheadEdgePurger?.stop();
}

/** After a write to the log: purge the edges now, waiting briefly (never failing the write). */
export async function purgeEdgesAfterWrite(): Promise<void> {
  if (env.EDGE_PURGE_URLS.length === 0) return;
  await processPurger().deliverNow();
}
