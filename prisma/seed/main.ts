/**
 * `npm run db:seed`: applies migrations, then fills an empty database with the demo newsroom.
 * A database that already holds articles is left alone.
 *
 * `npm run db:seed -- --scale N`: the demo newsroom plus N generated published articles with
 * ~10 comments each (prisma/seed/scale/). It refuses a database that holds articles.
 *
 * `--reset` (SQLite files only) deletes the database file first, so either form starts afresh.
 */
import fs from "node:fs";
import { db } from "@/lib/db";
import { databaseKind, sqliteFilePath } from "@/lib/db-adapter";
import { env } from "@/lib/env";
import { migrateDatabase } from "../../scripts/lib/migrate";
import { DEMO_ADMIN_EMAIL, seedDemoNewsroom } from "./demo";
import { parseScale, seedScale } from "./scale/seed-scale";

interface SeedArgs {
  scale: number | null;
  reset: boolean;
}

function parseArgs(argv: readonly string[]): SeedArgs {
  const args: SeedArgs = { scale: null, reset: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--reset") args.reset = true;
    else if (arg === "--scale") args.scale = parseScale(argv[++i]);
    else if (arg.startsWith("--scale=")) args.scale = parseScale(arg.slice("--scale=".length));
    else throw new Error(`Unknown argument "${arg}". Usage: npm run db:seed [-- [--scale N] [--reset]]`);
  }
  return args;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let args: SeedArgs;
try {
  args = parseArgs(process.argv.slice(2));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const sqliteFile = databaseKind(env.DATABASE_URL) === "sqlite-file" ? sqliteFilePath(env.DATABASE_URL) : null;
if ((args.scale !== null || args.reset) && !sqliteFile) {
  fail(`--scale and --reset work on SQLite files only; DATABASE_URL is ${env.DATABASE_URL}`);
}
if (args.reset && sqliteFile) {
  for (const file of [sqliteFile, `${sqliteFile}-wal`, `${sqliteFile}-shm`]) fs.rmSync(file, { force: true });
  console.log(`Deleted ${sqliteFile}.`);
}

await migrateDatabase(env.DATABASE_URL);
const existing = await db.article.count();
if (existing > 0) {
  await db.$disconnect();
  if (args.scale !== null) {
    fail(`The database at ${env.DATABASE_URL} already holds ${existing} articles; the scale data was not added. Add --reset to delete the database file and seed it afresh.`);
  }
  console.log(`The database at ${env.DATABASE_URL} already holds articles; the demo newsroom was not added.`);
} else {
  const started = Date.now();
  const { articles, comments } = await seedDemoNewsroom(db);
  await db.$disconnect();
  console.log(`Seeded the demo newsroom: ${articles} articles, ${comments} comments (${((Date.now() - started) / 1000).toFixed(1)} s).`);
  console.log(`Staff logins: editor@masthead.example (EDITOR), contributor@masthead.example (CONTRIBUTOR), ${DEMO_ADMIN_EMAIL} (ADMIN).`);
  if (args.scale !== null && sqliteFile) {
    console.log(`Adding ${args.scale.toLocaleString("en")} generated articles…`);
    const made = seedScale(sqliteFile, args.scale);
    const megabytes = (fs.statSync(sqliteFile).size / 1_048_576).toFixed(0);
    console.log(
      `Seeded scale data: ${made.articles.toLocaleString("en")} articles, ${made.comments.toLocaleString("en")} comments, ` +
        `${made.corrections.toLocaleString("en")} corrections, ${made.authors} authors, ${made.tags} tags, ` +
        `${made.readers.toLocaleString("en")} readers (${made.seconds} s; database ${megabytes} MB; ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s in all).`,
    );
  }
}
