/**
 * Chooses Prisma's driver adapter from a database URL. Shared by the application's client
 * (lib/db.ts), the migration CLI (prisma.config.ts) and the seed, so all three agree.
 *
 * - `file:…`                    → better-sqlite3 (WAL journal, busy timeout, writes queued behind
 *                                 open transactions, reads outside them on a read-only connection,
 *                                 prepared statements kept)
 * - `libsql://…`, `http(s)://…` → libSQL / Turso
 * - `postgres://…`, `postgresql://…` → PostgreSQL through node-postgres (a pool per process)
 */
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { Database as SqliteDatabase, Statement } from "better-sqlite3";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PostgresAdapterFactory } from "./db-adapter-postgres";

/** How long a write waits for another writer's lock before giving up (ms). */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

export type DatabaseKind = "sqlite-file" | "libsql" | "postgresql";

export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith("file:")) return "sqlite-file";
  if (/^(libsql|https?):\/\//.test(url)) return "libsql";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(`DATABASE_URL must start with file:, libsql://, http://, https://, postgres:// or postgresql:// (got "${url}")`);
}

/**
 * The dialect raw SQL statements are written in, per database (libSQL speaks SQLite's). Where
 * dialects differ, a statement's forms sit side by side and lib/db.ts picks one (CONVENTIONS.md 15).
 */
export type SqlDialect = "sqlite" | "postgresql";

export function sqlDialect(kind: DatabaseKind): SqlDialect {
  switch (kind) {
    case "sqlite-file":
    case "libsql":
      return "sqlite";
    case "postgresql":
      return "postgresql";
  }
}

/** The absolute path of a `file:` URL, resolved against the working directory. */
export function sqliteFilePath(url: string): string {
  const raw = url.slice("file:".length).split("?")[0] ?? "";
  return path.resolve(/*turbopackIgnore: true*/ raw);
}

type SqliteAdapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type SqliteTransaction = Awaited<ReturnType<SqliteAdapter["startTransaction"]>>;

/** A lock handed out in request order; `acquire` resolves with the function that releases it. */
function createLock() {
  let tail: Promise<void> = Promise.resolve();
  return {
    async acquire(): Promise<() => void> {
      const previous = tail;
      let release!: () => void;
      tail = new Promise<void>((resolve) => (release = resolve));
      await previous;
      return release;
    },
  };
}

/** A plain SELECT: it cannot be undone by a rollback, so it need not wait for a transaction. */
const READ_ONLY = /^\s*SELECT\b/i;

/** Where reads made outside a transaction go: a connection that sees only committed rows. */
export type SqliteReader = Pick<SqliteAdapter, "queryRaw" | "dispose">;

/**
 * better-sqlite3 gives Prisma one connection. Prisma's adapter queues transactions on it, but not
 * the statements outside a transaction: a statement arriving while another request's interactive
 * transaction is open (between two of its awaits) would run inside that transaction.
 * - A write outside a transaction waits until no transaction is open: inside one, it would be
 *   undone if that transaction rolls back (a refused comment rolls back), after its caller was
 *   told it was saved.
 * - A read outside a transaction goes to `reader`, a second connection to the same file. In WAL
 *   mode it sees only committed rows and never waits for the writer, so a page render neither
 *   queues behind a write nor reads (and caches) rows a transaction then rolls back. Without a
 *   reader, reads run on the one connection, inside whatever transaction is open.
 */
export function serializeSqliteAdapter(adapter: SqliteAdapter, reader?: SqliteReader): SqliteAdapter {
  const lock = createLock();
  const locked = async <T>(work: () => Promise<T>): Promise<T> => {
    const release = await lock.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  };
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => (READ_ONLY.test(query.sql) ? (reader ?? adapter).queryRaw(query) : locked(() => adapter.queryRaw(query))),
    executeRaw: (query) => locked(() => adapter.executeRaw(query)),
    executeScript: (script) => locked(() => adapter.executeScript(script)),
    getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
    dispose: () =>
      locked(async () => {
        await reader?.dispose();
        await adapter.dispose();
      }),
    async startTransaction(isolationLevel) {
      const release = await lock.acquire();
      let transaction: SqliteTransaction;
      try {
        transaction = await adapter.startTransaction(isolationLevel);
      } catch (error) {
        release();
        throw error;
      }
      let released = false;
      const end = async (finish: () => Promise<void>) => {
        try {
          await finish();
        } finally {
          if (!released) release();
          released = true;
        }
      };
      return {
        provider: transaction.provider,
        adapterName: transaction.adapterName,
        options: transaction.options,
        queryRaw: (query) => transaction.queryRaw(query),
        executeRaw: (query) => transaction.executeRaw(query),
        commit: () => end(() => transaction.commit()),
        rollback: () => end(() => transaction.rollback()),
      };
    },
  };
}

/** How many prepared statements one connection keeps. */
export const STATEMENT_CACHE_SIZE = 256;

/**
 * Prisma's better-sqlite3 adapter prepares every statement afresh, for every query, and compiling
 * the SQL costs about as much as running an indexed lookup. Prisma writes the same text for the
 * same query shape, so the connection keeps its statements by text; past `size` the least recently
 * used goes (a list of `IN (?, ?, …)` makes one text per length).
 *
 * The adapter binds what `prepare` returns (`prepare(sql).bind(args)`) and a better-sqlite3
 * statement binds only once, so `prepare` hands out a view of the kept statement that passes the
 * arguments to each run instead: exactly the calls the adapter makes, nothing more.
 */
export function cachePreparedStatements(database: SqliteDatabase, size = STATEMENT_CACHE_SIZE): void {
  const prepare = database.prepare.bind(database);
  const kept = new Map<string, Statement<unknown[]>>();
  const statementFor = (sql: string) => {
    let statement = kept.get(sql);
    if (statement) {
      kept.delete(sql); // re-inserted below: a Map iterates in insertion order, oldest first
    } else {
      statement = prepare<unknown[]>(sql);
      if (kept.size >= size) kept.delete(kept.keys().next().value as string);
    }
    kept.set(sql, statement);
    return statement;
  };
  const bound = (statement: Statement<unknown[]>, args: unknown[]) => ({
    reader: statement.reader,
    columns: () => statement.columns(),
    run: () => statement.run(args),
    raw: () => ({ all: () => statement.raw(true).all(args) }),
  });
  database.prepare = ((sql: string) => {
    const statement = statementFor(sql);
    return { ...bound(statement, []), bind: (args: unknown[]) => bound(statement, args) };
  }) as unknown as SqliteDatabase["prepare"];
}

/** The better-sqlite3 connection inside Prisma's adapter (a property its type does not declare). */
function sqliteClientOf(adapter: SqliteAdapter): SqliteDatabase {
  const client = (adapter as unknown as { client?: SqliteDatabase }).client;
  if (!client || typeof client.prepare !== "function") throw new Error("Prisma's better-sqlite3 adapter no longer exposes its connection as `client`");
  return client;
}

/**
 * PrismaBetterSQLite3 whose connections keep their prepared statements and go through
 * serializeSqliteAdapter, with a read-only connection beside each for reads outside transactions
 * (unless `readOnly` is null).
 */
class SerializedSqliteFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  constructor(
    private readonly inner: PrismaBetterSQLite3,
    private readonly readOnly: PrismaBetterSQLite3 | null,
  ) {
    this.adapterName = inner.adapterName;
  }
  async connect(): Promise<SqliteAdapter> {
    const adapter = await this.inner.connect();
    cachePreparedStatements(sqliteClientOf(adapter));
    if (!this.readOnly) return serializeSqliteAdapter(adapter);
    // Opened after the writer, which creates the file when there is none yet.
    const reader = await this.readOnly.connect();
    cachePreparedStatements(sqliteClientOf(reader));
    return serializeSqliteAdapter(adapter, reader);
  }
  async connectToShadowDb(): Promise<SqliteAdapter> {
    // An in-memory database: a second connection would be another, empty database.
    return serializeSqliteAdapter(await this.inner.connectToShadowDb());
  }
}

export interface DriverAdapterOptions {
  /**
   * Give a SQLite file connection a read-only companion for reads outside transactions (default).
   * Off for Prisma's migration engine, which locks the file for one connection
   * (`locking_mode=EXCLUSIVE`).
   */
  readConnection?: boolean;
  /**
   * The adapter serves Prisma's schema engine (prisma.config.ts): PostgreSQL's catalogue columns
   * are then read as text (see lib/db-adapter-postgres.ts).
   */
  schemaEngine?: boolean;
}

export function createDriverAdapter(url: string, authToken?: string, { readConnection = true, schemaEngine = false }: DriverAdapterOptions = {}) {
  if (databaseKind(url) === "postgresql") return new PostgresAdapterFactory(url, { schemaEngine });
  if (databaseKind(url) === "sqlite-file") {
    const file = `file:${sqliteFilePath(url)}`;
    const writer = new PrismaBetterSQLite3({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS });
    const reader = readConnection ? new PrismaBetterSQLite3({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS, readonly: true }) : null;
    return new SerializedSqliteFactory(writer, reader);
  }
  return new PrismaLibSQL({ url, authToken });
}
