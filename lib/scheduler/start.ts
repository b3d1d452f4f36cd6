/**
 * The in-process scheduler: a catch-up sweep at start-up (stories whose time passed while the
 * server was down), then a sweep every SWEEP_INTERVAL_MS. Several instances may run it at
 * once: publishing is a conditional update, so each story goes live exactly once.
 */
import "server-only";
import { publishDue } from "@/lib/articles/scheduling";
import { pruneRateLimitEvents } from "@/lib/rate-limit/mutations";
import { log } from "@/lib/log";

export const SWEEP_INTERVAL_MS = 15_000;

const state = globalThis as unknown as { mastheadScheduler?: NodeJS.Timeout };

async function sweep(reason: "start-up" | "timer"): Promise<void> {
  try {
    const published = await publishDue();
    if (published.length) log.info("scheduler.published", { reason, articles: published.map((a) => a.slug) });
    if (reason === "start-up") await pruneRateLimitEvents();
  } catch (error) {
    log.error("scheduler.failed", { reason, error: String(error) });
  }
}

export function startScheduler(): void {
  if (state.mastheadScheduler) return;
  void sweep("start-up");
  state.mastheadScheduler = setInterval(() => void sweep("timer"), SWEEP_INTERVAL_MS);
  state.mastheadScheduler.unref();
  log.info("scheduler.started", { intervalMs: SWEEP_INTERVAL_MS });
}
