/** Reads of the purger: the invalidation log past an edge's position, and what each edge was told. */
import "server-only";
import { db } from "@/lib/db";
import type { EdgeHealthDTO, EdgePurgeStateDTO, InvalidationRowDTO } from "@/lib/edge/dto";
import { edgeHealth } from "@/lib/edge/policy";

const stateSelect = {
  edge: true,
  position: true,
  caughtUpAt: true,
  lastLagMs: true,
  lastPurgedAt: true,
  failingSince: true,
  lastError: true,
} as const;

export async function getEdgePurgeState(edge: string): Promise<EdgePurgeStateDTO | null> {
  return db.edgePurge.findUnique({ where: { edge }, select: stateSelect });
}

export async function listEdgePurgeStates(edges: readonly string[]): Promise<EdgePurgeStateDTO[]> {
  if (edges.length === 0) return [];
  return db.edgePurge.findMany({ where: { edge: { in: [...edges] } }, select: stateSelect });
}

/** The next rows of the log after `position`, oldest first. */
export async function listInvalidationsAfter(position: number, limit: number): Promise<InvalidationRowDTO[]> {
  return db.cacheInvalidation.findMany({
    where: { seq: { gt: position } },
    orderBy: { seq: "asc" },
    take: limit,
    select: { seq: true, tag: true, invalidatedAt: true },
  });
}

/** The newest row of the log, or null when it is empty. */
export async function getNewestInvalidation(): Promise<InvalidationRowDTO | null> {
  return db.cacheInvalidation.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, tag: true, invalidatedAt: true } });
}

/** How many rows come after `position`, and when the oldest of them was written. */
export async function countInvalidationsAfter(position: number): Promise<{ count: number; oldestAt: number | null }> {
  const [count, oldest] = await Promise.all([
    db.cacheInvalidation.count({ where: { seq: { gt: position } } }),
    db.cacheInvalidation.findFirst({ where: { seq: { gt: position } }, orderBy: { seq: "asc" }, select: { invalidatedAt: true } }),
  ]);
  return { count, oldestAt: oldest?.invalidatedAt ?? null };
}

/** Each edge's purge state and lag, in the order of `edges` (EDGE_PURGE_URLS). */
export async function listEdgeHealth(edges: readonly string[], now = Date.now()): Promise<EdgeHealthDTO[]> {
  const states = await listEdgePurgeStates(edges);
  return Promise.all(
    edges.map(async (edge, index) => {
      const state = states.find((s) => s.edge === edge) ?? null;
      return edgeHealth(index, state, await countInvalidationsAfter(state?.position ?? 0), now);
    }),
  );
}
