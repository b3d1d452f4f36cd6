import "server-only";
import fs from "node:fs";
import { db } from "@/lib/db";
import { databaseKind, sqliteFilePath } from "@/lib/db-adapter";
import type { EdgeHealthDTO } from "@/lib/edge/dto";
import { listEdgeHealth } from "@/lib/edge/queries";
import { env } from "@/lib/env";

export interface HealthDTO {
  status: "ok" | "error";
  /** `missing`: the SQLite file is gone from DATABASE_URL's path (an open handle would still answer). */
  database: "ok" | "unreachable" | "missing";
  /** The newest migration applied to the database. */
  migration: string | null;
  /**
   * The edge caches of EDGE_PURGE_URLS: whether each answers purges, what waits for it, and the
   * lag of its last purge. Informational: an edge that does not answer leaves the status "ok".
   */
  edges: EdgeHealthDTO[];
  time: string;
}

/** Touches the database: a round trip and the newest applied migration. */
export async function getHealth(now = new Date()): Promise<HealthDTO> {
  const failed = (database: "unreachable" | "missing"): HealthDTO => ({ status: "error", database, migration: null, edges: [], time: now.toISOString() });
  // A deleted or moved file keeps answering through the open handle while every write goes nowhere.
  if (databaseKind(env.DATABASE_URL) === "sqlite-file" && !fs.existsSync(sqliteFilePath(env.DATABASE_URL))) return failed("missing");
  try {
    const rows = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name DESC LIMIT 1`;
    const edges = await listEdgeHealth(env.EDGE_PURGE_URLS, now.getTime());
    return { status: "ok", database: "ok", migration: rows[0]?.migration_name ?? null, edges, time: now.toISOString() };
  } catch {
    return failed("unreachable");
  }
}
