/**
 * The benchmark's database: made once by the project's own seed and kept in bench/.data/
 * (gitignored) for the next run.
 *
 * Beside it, `<name>.seeded.json` records what the seed was asked for and how many articles the
 * database held when it finished. A database is reused when (1) that record is there and its
 * article count is still the database's, and (2) every migration the database has applied is
 * one of prisma/migrations and none failed — newer migrations of the checkout are then applied
 * to it. Anything else is deleted and seeded afresh.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import Database from "better-sqlite3";
import { repositoryMigrations } from "@/scripts/lib/migrate";
import { root, run } from "./process";

export const benchDataDir = `${root}/bench/.data`;

/** `scale` articles (the scale seed), or the demo newsroom. */
export type DatabaseSize = { kind: "scale"; articles: number } | { kind: "demo" };

export interface BenchDatabase {
  size: DatabaseSize;
  file: string;
  databaseUrl: string;
  uploadsDir: string;
  articles: number;
}

export function describeSize(size: DatabaseSize): string {
  return size.kind === "demo" ? "the demo newsroom" : `${size.articles.toLocaleString("en")} articles`;
}

type Verdict = { reuse: true; pending: string[]; articles: number } | { reuse: false; why: string };

interface SeedRecord {
  size: DatabaseSize;
  articles: number;
}

const sameSize = (a: DatabaseSize, b: DatabaseSize) => a.kind === b.kind && (a.kind === "demo" || (b.kind === "scale" && a.articles === b.articles));

function readRecord(file: string): SeedRecord | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as SeedRecord;
  } catch {
    return null;
  }
}

function inspect(file: string, recordFile: string, size: DatabaseSize): Verdict {
  if (!existsSync(file)) return { reuse: false, why: "no database yet" };
  const record = readRecord(recordFile);
  if (!record || !sameSize(record.size, size)) return { reuse: false, why: "no record of a finished seed of this size" };
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const hasTable = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!hasTable) return { reuse: false, why: "no migration history" };
    const rows = sqlite
      .prepare("SELECT migration_name AS name, finished_at AS finished, rolled_back_at AS rolledBack FROM _prisma_migrations")
      .all() as { name: string; finished: string | null; rolledBack: string | null }[];
    const known = new Set(repositoryMigrations());
    const failed = rows.filter((r) => r.finished === null && r.rolledBack === null);
    if (failed.length > 0) return { reuse: false, why: `failed migration ${failed[0]!.name}` };
    const applied = new Set(rows.filter((r) => r.rolledBack === null).map((r) => r.name));
    const foreign = [...applied].filter((name) => !known.has(name));
    if (foreign.length > 0) return { reuse: false, why: `migration ${foreign[0]} is not in prisma/migrations` };
    const articles = (sqlite.prepare('SELECT count(*) AS n FROM "Article"').get() as { n: number }).n;
    if (articles !== record.articles) {
      return { reuse: false, why: `it holds ${articles.toLocaleString("en")} articles, not the ${record.articles.toLocaleString("en")} it was seeded with` };
    }
    return { reuse: true, pending: [...known].filter((name) => !applied.has(name)), articles };
  } finally {
    sqlite.close();
  }
}

function countArticles(file: string): number {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (sqlite.prepare('SELECT count(*) AS n FROM "Article"').get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

export function prepareDatabase(size: DatabaseSize): BenchDatabase {
  const name = size.kind === "demo" ? "demo" : `scale-${size.articles}`;
  const file = `${benchDataDir}/${name}.db`;
  const uploadsDir = `${benchDataDir}/${name}-uploads`;
  const recordFile = `${benchDataDir}/${name}.seeded.json`;
  const databaseUrl = `file:${file}`;
  const env = { ...process.env, DATABASE_URL: databaseUrl, UPLOADS_DIR: uploadsDir };
  const verdict = inspect(file, recordFile, size);
  if (verdict.reuse) {
    console.log(`Reusing ${file} (${describeSize(size)}).`);
    if (verdict.pending.length > 0) {
      console.log(`Applying ${verdict.pending.length} newer migration(s) …`);
      run("npm", ["run", "--silent", "db:migrate"], { env });
    }
    return { size, file, databaseUrl, uploadsDir, articles: verdict.articles };
  }
  console.log(`Seeding ${file} with ${describeSize(size)} (${verdict.why}) …`);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
  rmSync(recordFile, { force: true });
  rmSync(uploadsDir, { recursive: true, force: true });
  mkdirSync(benchDataDir, { recursive: true });
  run("npm", ["run", "--silent", "db:seed", ...(size.kind === "scale" ? ["--", "--scale", String(size.articles)] : [])], { env });
  // The scale seed adds its articles to the demo newsroom's.
  const articles = countArticles(file);
  if (size.kind === "scale" && articles < size.articles) {
    throw new Error(`\`npm run db:seed -- --scale ${size.articles}\` left ${articles.toLocaleString("en")} articles.`);
  }
  writeFileSync(recordFile, JSON.stringify({ size, articles } satisfies SeedRecord));
  return { size, file, databaseUrl, uploadsDir, articles };
}
