import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { createDriverAdapter, databaseKind, sqliteFilePath } from "./lib/db-adapter";

const url = process.env.DATABASE_URL || "file:./data/masthead.db";
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
    return createDriverAdapter(url, process.env.DATABASE_AUTH_TOKEN, { readConnection: false, schemaEngine: true });
  },
});
