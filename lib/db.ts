/**
 * One Prisma client per process. Imported only by queries, mutations, the seed and test
 * factories (see CONVENTIONS.md).
 */
import "server-only";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createDriverAdapter, databaseKind, sqlDialect, type SqlDialect } from "@/lib/db-adapter";
import { env } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { masthead?: PrismaClient };

function createClient(): PrismaClient {
  return new PrismaClient({ adapter: createDriverAdapter(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN) });
}

/**
 * Kept on globalThis: the production server bundles each route on its own, and a module-level
 * client would mean one client per bundle (each with its own query compiler, connection and
 * statement cache); in development it also survives hot reloads.
 */
export const db: PrismaClient = (globalForPrisma.masthead ??= createClient());

/** The dialect of the raw SQL this database takes. */
export const dialect: SqlDialect = sqlDialect(databaseKind(env.DATABASE_URL));
