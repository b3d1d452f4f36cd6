/**
 * Gives every integration test file a fresh, migrated SQLite database of its own, before
 * lib/env.ts reads DATABASE_URL.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";

const template = inject("templateDatabase");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "masthead-file-"));
const file = path.join(dir, "test.db");
fs.copyFileSync(template, file);
process.env.DATABASE_URL = `file:${file}`;
process.env.UPLOADS_DIR = path.join(dir, "uploads");
process.env.SITE_URL = "http://localhost:3000";
