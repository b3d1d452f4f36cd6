import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { POSTGRES_SCHEMA, SQLITE_SCHEMA, postgresSchemaFrom } from "./postgres-schema";

const sqlite = fs.readFileSync(SQLITE_SCHEMA, "utf8");
const postgres = fs.readFileSync(POSTGRES_SCHEMA, "utf8");

describe("the PostgreSQL schema twin", () => {
  it("is prisma/schema.prisma for PostgreSQL, as `npm run db:schema` writes it", () => {
    expect(postgres, "prisma/postgresql/schema.prisma is out of date: run `npm run db:schema`").toBe(postgresSchemaFrom(sqlite));
  });

  it("differs from the SQLite schema in the provider, its URL and the client's folder only", () => {
    const without = (schema: string) =>
      schema
        .split("\n")
        .filter((line) => !line.startsWith("//") && !/^\s*(provider|url|output)\s*=/.test(line))
        .join("\n")
        .trim();
    expect(without(postgres)).toBe(without(sqlite));
    const changed = postgres.split("\n").filter((line) => /^\s*(provider|url|output)\s*=/.test(line) && !sqlite.includes(line));
    expect(changed.map((line) => line.trim().split(/\s*=\s*/)[0])).toEqual(["output", "provider", "url"]);
  });

  it("refuses a schema whose provider lines it cannot find", () => {
    expect(() => postgresSchemaFrom(sqlite.replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow(/no line matching/);
  });
});
