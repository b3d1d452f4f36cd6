/**
 * The PostgreSQL variant of the suite (`npm run test:reliability -- --postgresql`): one throwaway
 * server for the whole run (scripts/lib/postgres-server.ts, fsync on, so a killed app server's
 * acknowledged writes are really on disk), a template database migrated and seeded with the demo
 * newsroom once per run, and a copy of it per part (`CREATE DATABASE … TEMPLATE`), its uploads
 * in `.reliability/<name>/uploads` as for SQLite.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { migrateDatabase } from "../../scripts/lib/migrate";
import { startPostgres, type PostgresServer } from "../../scripts/lib/postgres-server";
import { RELIABILITY_DATA_DIR, ROOT } from "./paths";

const TEMPLATE = "reliability_demo";
let server: Promise<PostgresServer> | null = null;
let template: Promise<void> | null = null;

function templateUploads(): string {
  return path.join(RELIABILITY_DATA_DIR, "_postgresql", "uploads");
}

async function seedTemplate(postgres: PostgresServer): Promise<void> {
  const url = await postgres.createDatabase(TEMPLATE);
  await migrateDatabase(url);
  fs.rmSync(templateUploads(), { recursive: true, force: true });
  fs.mkdirSync(templateUploads(), { recursive: true });
  execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["--conditions=react-server", "prisma/seed/main.ts"], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "development", DATABASE_URL: url, UPLOADS_DIR: templateUploads(), NEXT_PHASE: "" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

export interface PostgresDatabase {
  /** The database's URL, a DatabaseRef for startServer, withSql and the ledger. */
  url: string;
  /** What startServer needs beside the URL: the uploads folder that goes with the seeded rows. */
  env: Record<string, string>;
}

/** A fresh copy of the seeded demo newsroom named `name` (anything of that name before is dropped). */
export async function freshPostgresDatabase(name: string): Promise<PostgresDatabase> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`freshPostgresDatabase: name must be lower-case letters, digits and dashes (got "${name}")`);
  server ??= startPostgres({ durable: true });
  const postgres = await server;
  template ??= seedTemplate(postgres);
  await template;
  const database = `reliability_${name.replaceAll("-", "_")}`;
  await postgres.dropDatabase(database);
  const url = await postgres.createDatabase(database, { template: TEMPLATE });
  const uploads = path.join(RELIABILITY_DATA_DIR, name, "uploads");
  fs.rmSync(path.dirname(uploads), { recursive: true, force: true });
  fs.cpSync(templateUploads(), uploads, { recursive: true });
  return { url, env: { UPLOADS_DIR: uploads } };
}

/** Stops the run's PostgreSQL server and removes its folder (nothing when none was started). */
export async function stopReliabilityPostgres(): Promise<void> {
  const started = server;
  server = null;
  template = null;
  if (started) await (await started.catch(() => null))?.stop();
}
