/**
 * One Prisma client per process. Imported only by queries, mutations, the seed and test
 * factories (see CONVENTIONS.md).
 */
import "server-only";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createDriverAdapter } from "@/lib/db-adapter";
import { env } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { masthead?: PrismaClient };

function createClient(): PrismaClient {
  return new PrismaClient({ adapter: createDriverAdapter(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN) });
}

export const db: PrismaClient = globalForPrisma.masthead ?? createClient();

// Keep one client across hot reloads in development.
if (env.NODE_ENV !== "production") globalForPrisma.masthead = db;
