/**
 * Prisma's driver adapter for PostgreSQL (node-postgres), as lib/db-adapter.ts hands it out: one
 * pool per process; every session in UTC (Prisma stores DateTime as a `timestamp` in UTC and
 * reads zone-carrying values as UTC); a query made while the server cannot be reached fails after
 * POSTGRES_CONNECT_TIMEOUT_MS, and one waiting for another's lock after POSTGRES_LOCK_TIMEOUT_MS,
 * instead of waiting on; a connection the server drops (a restart, a failover) is logged and
 * replaced by the pool.
 */
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";

/** How long a query waits for a connection (from the pool, or a new one) before failing (ms). */
export const POSTGRES_CONNECT_TIMEOUT_MS = 5000;

/**
 * How long a statement waits for a lock another transaction holds before failing (ms): as long
 * as a SQLite write waits for the write lock, and answered the same way (lib/errors.ts).
 */
export const POSTGRES_LOCK_TIMEOUT_MS = 5000;

const TEXT = 25;
/**
 * Catalogue types the adapter cannot read (`name`, `"char"`, …), which Prisma's schema engine
 * selects when it describes a database (prisma/orm#27403). Their values arrive as strings anyway.
 */
const CATALOGUE_TYPES = new Set([18, 19, 22, 30, 194]);

function warn(event: string) {
  return (error: Error) => console.error(JSON.stringify({ level: "warn", event, message: error.message }));
}

/** A pool whose results call catalogue columns text, for the schema engine. */
function catalogueAsTextPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<pg.QueryResult>;
  Object.assign(pool, {
    async query(...args: unknown[]) {
      const result = await query(...args);
      for (const field of result.fields ?? []) if (CATALOGUE_TYPES.has(field.dataTypeID)) field.dataTypeID = TEXT;
      return result;
    },
  });
  return pool;
}

export class PostgresAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "@prisma/adapter-pg";
  private readonly config: pg.PoolConfig;

  constructor(
    url: string,
    private readonly options: { schemaEngine?: boolean } = {},
  ) {
    // Taken apart so that `database` can be replaced (connectToShadowDb); a connectionString
    // would win over it.
    const parsed = parseIntoClientConfig(url) as pg.PoolConfig;
    this.config = {
      ...parsed,
      connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MS,
      // Idle connections do not keep a command-line process (or a test worker) from exiting.
      allowExitOnIdle: true,
      options: [parsed.options, `-c TimeZone=UTC -c lock_timeout=${POSTGRES_LOCK_TIMEOUT_MS}`].filter(Boolean).join(" "),
    };
  }

  private adapter(config: pg.PoolConfig): PrismaPg {
    const handlers = { onPoolError: warn("db.pool_error"), onConnectionError: warn("db.connection_error") };
    if (!this.options.schemaEngine) return new PrismaPg(config, handlers);
    const pool = catalogueAsTextPool(config);
    return new PrismaPg(pool, { ...handlers, disposeExternalPool: true });
  }

  connect() {
    return this.adapter(this.config).connect();
  }

  /**
   * A scratch database for Prisma's schema engine (`migrate diff --from-migrations`). The
   * adapter's own points its pool at the main database, and drops the scratch one while still
   * connected to it.
   */
  async connectToShadowDb() {
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    const admin = new pg.Client(this.config);
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const shadow = await this.adapter({ ...this.config, database: name }).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    };
    return shadow;
  }
}
