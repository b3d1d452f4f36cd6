/**
 * Migrates one template database for the integration run; each test file then works on its own
 * copy (test/database-per-file.ts).
 *
 * SQLite by default. With TEST_DATABASE=postgresql the run starts a throwaway PostgreSQL server
 * (scripts/lib/postgres-server.ts), migrates a template database on it and removes the server,
 * data and all, at the end; `npm test` runs the suite both ways.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "../scripts/lib/migrate";
import { startPostgres } from "../scripts/lib/postgres-server";

export type TestDatabase =
  | { engine: "sqlite"; templateFile: string }
  | { engine: "postgresql"; templateName: string; serverUrl: string };

const POSTGRES_TEMPLATE = "masthead_template";

export default async function setup(project: TestProject) {
  const engine = process.env.TEST_DATABASE ?? "sqlite";
  if (engine === "postgresql") {
    const server = await startPostgres();
    await migrateDatabase(await server.createDatabase(POSTGRES_TEMPLATE));
    project.provide("testDatabase", { engine, templateName: POSTGRES_TEMPLATE, serverUrl: server.url("postgres") });
    return () => server.stop();
  }
  if (engine !== "sqlite") throw new Error(`TEST_DATABASE must be sqlite or postgresql (got "${engine}")`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "masthead-int-"));
  const templateFile = path.join(dir, "template.db");
  await migrateDatabase(`file:${templateFile}`);
  project.provide("testDatabase", { engine, templateFile });
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: TestDatabase;
  }
}
