/**
 * Whether a PostgreSQL database answers at all, asked by proxy.ts before a form posted without
 * JavaScript is handled: such a post renders its page again with the answer, and while the
 * database is away that page cannot render, so the request gets a clear 503 instead of an error
 * page. Cheap: the answer is kept for a second (lib/health/verdict-cache.ts), so a server takes at
 * most one `SELECT 1` a second for it however many forms arrive, and the probe's one pooled
 * connection stays open, so a database that stops or restarts is noticed the moment it drops
 * that connection, without waiting for the next check. One small pool of its own (the app's
 * Prisma client is not loaded in the proxy). A SQLite file always answers (a lock is the
 * action's to report: lib/action.ts).
 */
import "server-only";
import pg from "pg";
import { createVerdictCache, type VerdictCache } from "@/lib/health/verdict-cache";

const TIMEOUT_MS = 2_000;
const KEEP_VERDICT_MS = 1_000;
const state = globalThis as unknown as { mastheadDatabaseGate?: VerdictCache };

function gateFor(databaseUrl: string): VerdictCache {
  // idleTimeoutMillis 0: the connection stays open between checks, so its loss is news at once.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1, connectionTimeoutMillis: TIMEOUT_MS, query_timeout: TIMEOUT_MS, idleTimeoutMillis: 0 });
  const cache = createVerdictCache(
    async () => {
      await pool.query("SELECT 1");
      return true;
    },
    { ttlMs: KEEP_VERDICT_MS },
  );
  // The server dropped the idle connection (a stop, a crash, a restart): away until a check says otherwise.
  pool.on("error", () => cache.set(false));
  return cache;
}

export function databaseAnswers(databaseUrl: string): Promise<boolean> {
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) return Promise.resolve(true);
  state.mastheadDatabaseGate ??= gateFor(databaseUrl);
  return state.mastheadDatabaseGate.get();
}
