/**
 * One Prisma client per process. Imported only by queries, mutations, the seed and test
 * factories (see CONVENTIONS.md).
 */
import "server-only";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-postgresql/client";
import { createDriverAdapter, databaseKind, sqlDialect, type SqlDialect } from "@/lib/db-adapter";
import { env } from "@/lib/env";

/** The dialect of the raw SQL this database takes. */
export const dialect: SqlDialect = sqlDialect(databaseKind(env.DATABASE_URL));

const globalForPrisma = globalThis as unknown as { masthead?: PrismaClient };

/**
 * Prisma generates a client per provider. The PostgreSQL one comes from the schema twin
 * (prisma/postgresql/schema.prisma): the same models, hence the same API, so the code is typed
 * by the SQLite one and runs on either.
 */
function createClient(): PrismaClient {
  const adapter = createDriverAdapter(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN);
  if (dialect === "postgresql") return new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
  return new PrismaClient({ adapter });
}

/**
 * Kept on globalThis: the production server bundles each route on its own, and a module-level
 * client would mean one client per bundle (each with its own query compiler, connection and
 * statement cache); in development it also survives hot reloads.
 */
export const db: PrismaClient = (globalForPrisma.masthead ??= createClient());
