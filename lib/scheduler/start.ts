/**
 * The in-process scheduler: a catch-up sweep at start-up (stories whose time passed while the
 * server was down), then a sweep every SCHEDULER_INTERVAL_SECONDS. Every app server may run it at
 * once: a sweep claims due stories in one transaction (lib/articles/scheduling.ts), so each story
 * goes live exactly once.
 */
import "server-only";
import { publishDue } from "@/lib/articles/scheduling";
import { pruneRateLimitEvents } from "@/lib/rate-limit/mutations";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

const state = globalThis as unknown as { mastheadScheduler?: NodeJS.Timeout; mastheadSweep?: Promise<void> };

function sweep(reason: "start-up" | "timer"): Promise<void> {
  state.mastheadSweep = runSweep(reason);
  return state.mastheadSweep;
}

async function runSweep(reason: "start-up" | "timer"): Promise<void> {
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
  const intervalMs = env.SCHEDULER_INTERVAL_SECONDS * 1000;
  state.mastheadScheduler = setInterval(() => void sweep("timer"), intervalMs);
  state.mastheadScheduler.unref();
  log.info("scheduler.started", { intervalMs });
}

/** Stops the timer and waits for a sweep that is under way (shutting down). */
export async function stopScheduler(): Promise<void> {
  if (state.mastheadScheduler) clearInterval(state.mastheadScheduler);
  state.mastheadScheduler = undefined;
  await state.mastheadSweep;
}
