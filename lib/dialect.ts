/**
 * What SQLite and PostgreSQL spell differently, one entry per dialect (CONVENTIONS.md 15), so that
 * a statement is written once and reads the same on both: joins that keep their order, JSON built
 * by the database (the hot public reads fetch a story or a list of cards with their related rows
 * as JSON, in one statement), and the one Prisma filter whose meaning differs (`contains`).
 * Statements with more to say per dialect keep both forms side by side where they are used
 * (lib/search/queries.ts).
 */
import "server-only";
import { dialect } from "@/lib/db";
import type { SqlDialect } from "@/lib/db-adapter";
import { Prisma } from "@/lib/generated/prisma/client";

export interface Dialect {
  /**
   * `A ${joinInOrder} B ON …`: an inner join that reads A first. SQLite keeps a CROSS JOIN in the
   * order written (its planner otherwise may start from the larger side); PostgreSQL takes no ON
   * after CROSS JOIN, and plans the order from its statistics.
   */
  joinInOrder: Prisma.Sql;
  /** A JSON object of the given values, keys in the order given. */
  jsonObject(fields: Record<string, Prisma.Sql>): Prisma.Sql;
  /** The JSON object `object` of the one row `from` (`FROM … WHERE …`) selects, or JSON null. */
  jsonRow(object: Prisma.Sql, from: Prisma.Sql): Prisma.Sql;
  /** A JSON array of `object` for every row `from` selects, in no particular order; `[]` for none. */
  jsonRows(object: Prisma.Sql, from: Prisma.Sql): Prisma.Sql;
  /** A DateTime column as JSON: text `new Date()` reads as the same instant (or null). */
  jsonDate(value: Prisma.Sql): Prisma.Sql;
  /** Prisma's filter for text containing `value`, ignoring case as SQLite's LIKE does (ASCII letters and beyond). */
  containsText(value: string): Prisma.StringFilter;
  /**
   * A statement that makes the transactions running it take turns until they end, for an
   * append-only log whose readers go by its row numbers: rows then become visible in the order of
   * their numbers. Null where writers take turns anyway (SQLite has one writer at a time).
   */
  takeTurns(lock: number): Prisma.Sql | null;
}

/** A JSON key as an SQL string literal; keys are names in the code, never input. */
function key(name: string): Prisma.Sql {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw new Error(`Not a JSON key for SQL: ${name}`);
  return Prisma.raw(`'${name}'`);
}

function keyValues(fields: Record<string, Prisma.Sql>): Prisma.Sql {
  return Prisma.join(Object.entries(fields).map(([name, value]) => Prisma.sql`${key(name)}, ${value}`));
}

export const DIALECTS: Record<SqlDialect, Dialect> = {
  sqlite: {
    joinInOrder: Prisma.sql`CROSS JOIN`,
    jsonObject: (fields) => Prisma.sql`json_object(${keyValues(fields)})`,
    // json(): the subquery's text is JSON, embedded as a value rather than as a string.
    jsonRow: (object, from) => Prisma.sql`json((SELECT ${object} ${from}))`,
    jsonRows: (object, from) => Prisma.sql`json((SELECT json_group_array(${object}) ${from}))`,
    // Prisma stores a DateTime as text `new Date()` reads.
    jsonDate: (value) => value,
    // LIKE, which ignores the case of ASCII letters.
    containsText: (value) => ({ contains: value }),
    takeTurns: () => null,
  },
  postgresql: {
    joinInOrder: Prisma.sql`JOIN`,
    jsonObject: (fields) => Prisma.sql`json_build_object(${keyValues(fields)})`,
    jsonRow: (object, from) => Prisma.sql`(SELECT ${object} ${from})`,
    jsonRows: (object, from) => Prisma.sql`(SELECT coalesce(json_agg(${object}), '[]'::json) ${from})`,
    // A `timestamp` holds UTC without saying so; JSON would write it without a zone.
    jsonDate: (value) => Prisma.sql`to_char(${value}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
    // ILIKE: the SQLite client's types have no `mode`, the PostgreSQL client takes it.
    containsText: (value) => ({ contains: value, mode: "insensitive" }) as Prisma.StringFilter,
    // Numbers from a sequence are taken in one order and committed in another; a lock held to
    // the commit keeps them in step.
    takeTurns: (lock) => Prisma.sql`SELECT pg_advisory_xact_lock(${lock})`,
  },
};

export const { joinInOrder, jsonObject, jsonRow, jsonRows, jsonDate, containsText, takeTurns } = DIALECTS[dialect];

/** `{ name: alias."name", … }` for jsonObject. Names and alias are code, never input. */
export function columns(alias: string, names: readonly string[]): Record<string, Prisma.Sql> {
  if (![alias, ...names].every((name) => /^[A-Za-z][A-Za-z0-9]*$/.test(name))) throw new Error(`Not column names for SQL: ${alias}, ${names.join(", ")}`);
  return Object.fromEntries(names.map((name) => [name, Prisma.raw(`${alias}."${name}"`)]));
}

/** A value a statement built with jsonObject: SQLite returns its text, PostgreSQL's driver the parsed value. */
export type JsonColumn = string | object;

export function readJson<T>(value: JsonColumn): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}
