import "server-only";
import { db } from "@/lib/db";

export interface HealthDTO {
  status: "ok" | "error";
  database: "ok" | "unreachable";
  /** The newest migration applied to the database. */
  migration: string | null;
  time: string;
}

/** Touches the database: a round trip and the newest applied migration. */
export async function getHealth(now = new Date()): Promise<HealthDTO> {
  try {
    const rows = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name DESC LIMIT 1`;
    return { status: "ok", database: "ok", migration: rows[0]?.migration_name ?? null, time: now.toISOString() };
  } catch {
    return { status: "error", database: "unreachable", migration: null, time: now.toISOString() };
  }
}
