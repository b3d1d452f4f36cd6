/**
 * Writes of the purger: how far each edge has been told. Several processes may purge the same
 * edge; a position only moves forward, whoever writes last.
 */
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** The edge answered: every row up to `position` is purged there (a ban counts as every row). */
export async function recordEdgePurged(
  edge: string,
  { position, caughtUpAt, lagMs, purgedAt }: { position: number; caughtUpAt: number; lagMs: number | null; purgedAt: number },
): Promise<void> {
  const fields = { position, caughtUpAt, lastPurgedAt: purgedAt, failingSince: null, lastError: null, ...(lagMs === null ? {} : { lastLagMs: lagMs }) };
  const { count } = await db.edgePurge.updateMany({ where: { edge, position: { lte: position } }, data: fields });
  if (count > 0) return;
  try {
    await db.edgePurge.create({ data: { edge, ...fields, lastLagMs: lagMs } });
  } catch (error) {
    // Another process got further meanwhile: its position stands.
    if (!isUniqueViolation(error)) throw error;
  }
}

/** The edge had nothing left to purge at `at` (written now and then, not on every look). */
export async function recordEdgeCaughtUp(edge: string, at: number): Promise<void> {
  await db.edgePurge.updateMany({ where: { edge, caughtUpAt: { lt: at } }, data: { caughtUpAt: at } });
}

/** The edge did not answer. An edge never reached is stored as never caught up, so it gets a ban first. */
export async function recordEdgeFailure(edge: string, { at, error }: { at: number; error: string }): Promise<void> {
  const message = error.slice(0, 500);
  await db.edgePurge.updateMany({ where: { edge, failingSince: null }, data: { failingSince: at } });
  const { count } = await db.edgePurge.updateMany({ where: { edge }, data: { lastError: message } });
  if (count > 0) return;
  try {
    await db.edgePurge.create({ data: { edge, position: 0, caughtUpAt: 0, failingSince: at, lastError: message } });
  } catch (creating) {
    if (!isUniqueViolation(creating)) throw creating;
  }
}
