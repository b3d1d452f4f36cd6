/**
 * A Prisma client for integration tests that records every statement it sends to SQLite, with
 * its arguments, and can ask SQLite how it would run one (`EXPLAIN QUERY PLAN`). Used through
 * `vi.mock("@/lib/db")` by test/public-query-plans.int.test.ts and lib/comments/posting-plans.int.test.ts.
 */
import { createDriverAdapter, databaseKind, sqlDialect, type SqlDialect } from "@/lib/db-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";

type Factory = ReturnType<typeof createDriverAdapter>;
type Adapter = Awaited<ReturnType<Factory["connect"]>>;
type Query = Parameters<Adapter["queryRaw"]>[0];

export interface CapturedStatement {
  sql: string;
  query: Query;
}

export interface PlanStep {
  id: number;
  parent: number;
  detail: string;
}

export interface SqlCapture {
  db: PrismaClient;
  /** What lib/db.ts would say for the same database. */
  dialect: SqlDialect;
  /** Statements sent since the last `take()`, in order. */
  take(): CapturedStatement[];
  /** SQLite's plan for a captured statement, bound to the same arguments. */
  explain(statement: CapturedStatement): Promise<PlanStep[]>;
}

export function createSqlCapture(url: string): SqlCapture {
  const factory = createDriverAdapter(url);
  let statements: CapturedStatement[] = [];
  let connection: Adapter | null = null;

  // Every queryable a connection hands out (the connection itself and its transactions) records.
  const recording = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(obj, key, receiver) {
        const value = Reflect.get(obj, key, receiver) as unknown;
        if (typeof value !== "function") return value;
        if (key === "queryRaw" || key === "executeRaw") {
          return (query: Query) => {
            statements.push({ sql: query.sql, query });
            return (value as (q: Query) => unknown).call(obj, query);
          };
        }
        if (key === "startTransaction") {
          return async (...args: unknown[]) => recording(await (value as (...a: unknown[]) => Promise<object>).apply(obj, args));
        }
        return (value as (...a: unknown[]) => unknown).bind(obj);
      },
    });

  const capturing = new Proxy(factory, {
    get(obj, key, receiver) {
      if (key === "connect") {
        return async () => {
          connection = await obj.connect();
          return recording(connection);
        };
      }
      return Reflect.get(obj, key, receiver) as unknown;
    },
  });

  return {
    db: new PrismaClient({ adapter: capturing }),
    dialect: sqlDialect(databaseKind(url)),
    take() {
      const taken = statements;
      statements = [];
      return taken;
    },
    async explain(statement) {
      if (!connection) throw new Error("explain() before the client sent anything");
      const result = await connection.queryRaw({ ...statement.query, sql: `EXPLAIN QUERY PLAN ${statement.query.sql}` });
      const column = (name: string) => result.columnNames.indexOf(name);
      return result.rows.map((row) => ({
        id: Number(row[column("id")]),
        parent: Number(row[column("parent")]),
        detail: String(row[column("detail")]),
      }));
    },
  };
}
