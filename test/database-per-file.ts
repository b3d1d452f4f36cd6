/**
 * Gives every integration test file a fresh, migrated database of its own, before lib/env.ts
 * reads DATABASE_URL: a copy of the template file (SQLite), or a database created from the
 * template database (PostgreSQL).
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";

const database = inject("testDatabase");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "masthead-file-"));
if (database.engine === "postgresql") {
  const name = `test_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: database.serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${database.templateName}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(database.serverUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
} else {
  const file = path.join(dir, "test.db");
  fs.copyFileSync(database.templateFile, file);
  process.env.DATABASE_URL = `file:${file}`;
}
process.env.UPLOADS_DIR = path.join(dir, "uploads");
process.env.SITE_URL = "http://localhost:3000";
