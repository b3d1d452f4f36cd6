/**
 * The production build a suite serves (the reliability suite's `.next-reliability`, the cluster
 * drill's `.next-cluster`): made when it is missing or when asked, and otherwise reused.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { migrateDatabase } from "../../scripts/lib/migrate";
import { ROOT } from "./paths";

export interface EnsureBuildOptions {
  /** Build again even when a build is there. */
  rebuild: boolean;
  /** A scratch folder for the empty database the build renders its static routes from. */
  databaseDir: string;
  /** More build-time environment (e.g. BUILD_ID, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY). */
  env?: Record<string, string>;
}

export async function ensureBuild(distDir: string, options: EnsureBuildOptions): Promise<void> {
  const buildId = path.join(ROOT, distDir, "BUILD_ID");
  if (!options.rebuild && fs.existsSync(buildId)) {
    console.error(`Using the build in ${distDir} (${fs.readFileSync(buildId, "utf8").trim()}); --rebuild to build again.`);
    return;
  }
  const started = Date.now();
  // The clients (SQLite and PostgreSQL) must match the schema the build compiles against.
  const prisma = path.join(ROOT, "node_modules/.bin/prisma");
  execFileSync(prisma, ["generate"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  execFileSync(prisma, ["generate", "--schema", "prisma/postgresql/schema.prisma"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  // The build renders the static public routes once, so it needs a migrated database; an empty
  // one will do (every server renders them afresh from its own database).
  const buildDatabase = path.join(options.databaseDir, "masthead.db");
  fs.rmSync(options.databaseDir, { recursive: true, force: true });
  await migrateDatabase(`file:${buildDatabase}`);
  console.error(`Building the app into ${distDir}…`);
  // With NEXT_DIST_DIR set, `next build` adds the dist dir's types to tsconfig.json: put it back.
  const tsconfig = fs.readFileSync(path.join(ROOT, "tsconfig.json"));
  try {
    execFileSync(path.join(ROOT, "node_modules/.bin/next"), ["build"], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_DIST_DIR: distDir,
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: `file:${buildDatabase}`,
        UPLOADS_DIR: path.join(options.databaseDir, "uploads"),
        ...options.env,
      },
      stdio: ["ignore", "inherit", "inherit"],
    });
  } finally {
    fs.writeFileSync(path.join(ROOT, "tsconfig.json"), tsconfig);
  }
  console.error(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}
