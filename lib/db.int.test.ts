/**
 * lib/db.ts: one Prisma client per process. The production server loads each route's bundle
 * with a copy of the module of its own; a client per copy would mean a SQLite connection per
 * route, and better-sqlite3 waits for another connection's lock synchronously, on the one thread
 * that would have to release it.
 */
import { afterAll, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const holder = globalThis as unknown as { masthead?: PrismaClient };
const clients = new Set<PrismaClient>();

afterAll(async () => {
  vi.unstubAllEnvs();
  await Promise.all([...clients].map((client) => client.$disconnect()));
});

/** A fresh copy of lib/db.ts (and lib/env.ts), as another bundle would load it. */
async function loadCopy(): Promise<PrismaClient> {
  vi.resetModules();
  const { db } = await import("@/lib/db");
  clients.add(db);
  return db;
}

it("every copy of the module, in production, hands out the same client", async () => {
  delete holder.masthead;
  vi.stubEnv("NODE_ENV", "production");
  vi.stubEnv("AUTH_SECRET", "a-production-secret-a-production-secret-0123");
  vi.stubEnv("DEMO_MODE", "true");
  const first = await loadCopy();
  const second = await loadCopy();
  expect(second).toBe(first);
  expect(await second.user.count()).toBeGreaterThanOrEqual(0);
});
