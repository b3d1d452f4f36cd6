/**
 * Plain SQL against the database a server under test uses, read or written beside it rather than
 * through it: a SQLite file (better-sqlite3) or a PostgreSQL database (`postgres://` URL, pg). One
 * statement text serves both: identifiers double-quoted, `?` placeholders (numbered for
 * PostgreSQL here), booleans and dates bound as values (0/1 and ISO text for SQLite).
 */
import Database from "better-sqlite3";
import pg from "pg";

export type SqlValue = string | number | boolean | Date | null;

export interface Sql {
  all<T>(statement: string, params?: SqlValue[]): Promise<T[]>;
  run(statement: string, params?: SqlValue[]): Promise<void>;
  close(): Promise<void>;
}

/** A database a part or the cluster drill works on: a SQLite file's path, or a PostgreSQL URL. */
export type DatabaseRef = string;

export const isPostgres = (database: DatabaseRef) => /^postgres(ql)?:\/\//.test(database);

function sqliteSql(file: string): Sql {
  const sqlite = new Database(file, { fileMustExist: true });
  sqlite.pragma("busy_timeout = 5000");
  const bind = (params: SqlValue[]) => params.map((p) => (typeof p === "boolean" ? Number(p) : p instanceof Date ? p.toISOString() : p));
  return {
    all: async <T>(statement: string, params: SqlValue[] = []) => sqlite.prepare(statement).all(...bind(params)) as T[],
    run: async (statement, params = []) => {
      sqlite.prepare(statement).run(...bind(params));
    },
    close: async () => {
      sqlite.close();
    },
  };
}

function postgresSql(url: string): Sql {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  const connected = client.connect();
  const numbered = (statement: string) => {
    let n = 0;
    return statement.replace(/\?/g, () => `$${++n}`);
  };
  const bind = (params: SqlValue[]) => params.map((p) => (p instanceof Date ? p.toISOString() : p));
  return {
    all: async <T>(statement: string, params: SqlValue[] = []) => {
      await connected;
      return (await client.query(numbered(statement), bind(params))).rows as T[];
    },
    run: async (statement, params = []) => {
      await connected;
      await client.query(numbered(statement), bind(params));
    },
    close: async () => {
      await connected.catch(() => undefined);
      await client.end();
    },
  };
}

/** Runs `work` with a connection of its own to `database`, closed afterwards. */
export async function withSql<T>(database: DatabaseRef, work: (sql: Sql) => Promise<T>): Promise<T> {
  const sql = isPostgres(database) ? postgresSql(database) : sqliteSql(database);
  try {
    return await work(sql);
  } finally {
    await sql.close();
  }
}
