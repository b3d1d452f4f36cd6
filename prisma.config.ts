import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { DEFAULT_DATABASE_URL } from "./lib/database-url.cjs";
import { createDriverAdapter, databaseKind, sqliteFilePath } from "./lib/db-adapter";

// process.env, not lib/env.ts: Prisma's CLI loads this file on its own, and `npx prisma …` must
// work without the server's production secrets, which lib/env.ts demands.
const { DATABASE_URL, DATABASE_AUTH_TOKEN } = process.env;
const url = DATABASE_URL || DEFAULT_DATABASE_URL;
// PostgreSQL has a schema twin and migrations of its own (prisma/postgresql/, docs/postgresql.md).
const folder = databaseKind(url) === "postgresql" ? path.join("prisma", "postgresql") : "prisma";

export default defineConfig({
  schema: path.join(folder, "schema.prisma"),
  migrations: { path: path.join(folder, "migrations") },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    if (databaseKind(url) === "sqlite-file") {
      fs.mkdirSync(path.dirname(sqliteFilePath(url)), { recursive: true });
    }
    // The schema engine locks a SQLite file for one connection.
    return createDriverAdapter(url, DATABASE_AUTH_TOKEN, { readConnection: false, schemaEngine: true });
  },
});
