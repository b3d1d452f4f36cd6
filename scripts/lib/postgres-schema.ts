/**
 * The PostgreSQL twin of prisma/schema.prisma: the same models, written for the `postgresql`
 * provider, with its own generated client (lib/generated/prisma-postgresql). Prisma takes one
 * provider per schema, so the twin is a file of its own, written from the SQLite schema by
 * `npm run db:schema` and checked in; postgres-schema.test.ts fails when it is out of date.
 * Everything but the provider lines is the SQLite schema's, character for character.
 */
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

export const SQLITE_SCHEMA = path.join(root, "prisma/schema.prisma");
export const POSTGRES_SCHEMA = path.join(root, "prisma/postgresql/schema.prisma");

const HEADER =
  "// Written by `npm run db:schema` from prisma/schema.prisma, for PostgreSQL: edit that file, never this one.\n\n";

/** The lines that differ between the two schemas: SQLite's form → PostgreSQL's. */
export const PROVIDER_LINES: readonly (readonly [RegExp, string])[] = [
  [/^(\s*provider\s*=\s*)"sqlite"$/m, '$1"postgresql"'],
  [/^(\s*url\s*=\s*)"file:[^"]*"$/m, '$1"postgresql://localhost:5432/masthead"'],
  [/^(\s*output\s*=\s*)"\.\.\/lib\/generated\/prisma"$/m, '$1"../../lib/generated/prisma-postgresql"'],
];

/** The PostgreSQL schema for a SQLite schema's text. Throws when a provider line is not found. */
export function postgresSchemaFrom(sqlite: string): string {
  let schema = sqlite;
  for (const [line, replacement] of PROVIDER_LINES) {
    if (!line.test(schema)) throw new Error(`prisma/schema.prisma has no line matching ${line}`);
    schema = schema.replace(line, replacement);
  }
  return HEADER + schema;
}

export function writePostgresSchema(): string {
  const schema = postgresSchemaFrom(fs.readFileSync(SQLITE_SCHEMA, "utf8"));
  fs.mkdirSync(path.dirname(POSTGRES_SCHEMA), { recursive: true });
  fs.writeFileSync(POSTGRES_SCHEMA, schema);
  return POSTGRES_SCHEMA;
}
