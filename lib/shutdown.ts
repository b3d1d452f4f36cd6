/**
 * A clean stop on SIGTERM/SIGINT. `next start` already stops accepting connections, lets the
 * requests in flight finish and then exits; it has no deadline, and nothing of ours is closed.
 * Added here: the scheduler and the edge purger's timer stop at once (no new sweep starts while
 * requests drain; a write still purges the edge), a deadline
 * ends a drain that would outlast an orchestrator's grace period, and on exit the SQLite WAL is
 * checkpointed into the database file and truncated, so the next start has nothing to recover.
 */
import "server-only";
import fs from "node:fs";
import Database from "better-sqlite3";
import { databaseKind, sqliteFilePath } from "@/lib/db-adapter";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { stopEdgePurger } from "@/lib/edge/purger";
import { stopScheduler } from "@/lib/scheduler/start";

/** In-flight requests get this long after the signal; well inside a 10-second grace period. */
export const SHUTDOWN_DEADLINE_MS = 8_000;

const state = globalThis as unknown as { mastheadShutdown?: { signalledAt?: number } };

const walBytes = (file: string) => (fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0);

/**
 * Copies the WAL into the database file and empties it. Synchronous: it runs in the exit
 * handler. (After a TRUNCATE checkpoint SQLite reports 0 frames, so the sizes are measured.)
 */
export function checkpointSqlite(file: string): { busy: boolean; walBytesBefore: number; walBytesAfter: number } {
  const walBytesBefore = walBytes(file);
  const sqlite = new Database(file, { fileMustExist: true, timeout: 1000 });
  try {
    const [row] = sqlite.pragma("wal_checkpoint(TRUNCATE)") as { busy: number }[];
    return { busy: row?.busy === 1, walBytesBefore, walBytesAfter: walBytes(file) };
  } finally {
    sqlite.close();
  }
}

function onExit(code: number): void {
  const signalledAt = state.mastheadShutdown?.signalledAt;
  let checkpoint: ReturnType<typeof checkpointSqlite> | { error: string } | null = null;
  if (databaseKind(env.DATABASE_URL) === "sqlite-file") {
    try {
      checkpoint = checkpointSqlite(sqliteFilePath(env.DATABASE_URL));
    } catch (error) {
      checkpoint = { error: String(error) };
    }
  }
  log.info("shutdown.done", { code, ms: signalledAt ? Date.now() - signalledAt : null, checkpoint });
}

function onSignal(signal: NodeJS.Signals): void {
  if (!state.mastheadShutdown || state.mastheadShutdown.signalledAt) return;
  state.mastheadShutdown.signalledAt = Date.now();
  log.info("shutdown.started", { signal, deadlineMs: SHUTDOWN_DEADLINE_MS });
  void stopScheduler();
  void stopEdgePurger();
  // Next.js exits by itself once the last request is answered; this only ends a drain that hangs.
  setTimeout(() => {
    log.error("shutdown.deadline", { signal, ms: SHUTDOWN_DEADLINE_MS });
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS).unref();
}

/** Called once at server start (instrumentation.ts). */
export function installShutdownHandlers(): void {
  if (state.mastheadShutdown) return;
  state.mastheadShutdown = {};
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
  process.once("exit", onExit);
}
