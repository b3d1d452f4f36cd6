/**
 * The servers under test: Masthead's production build, the minimal Next.js baseline app
 * (bench/baseline-next) and the plain Node.js file server — how each is built and started.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { nextBin, nodeBin, root, run, startServer, waitForServer, type Server } from "./process";
import { benchDataDir } from "./database";

/** Masthead's build directory for the benchmark, beside any other build. */
export const APP_DIST_DIR = ".next-bench";
export const BASELINE_DIR = `${root}/bench/baseline-next`;
const BASELINE_DIST_DIR = ".next-baseline";
export const ARTICLE_FIXTURE = `${benchDataDir}/article.json`;
export const ARTICLE_HTML = `${benchDataDir}/article.html`;

/** A fixed secret: sessions the benchmark writes into the database must stay valid across runs. */
const AUTH_SECRET = "masthead-benchmark-secret-not-for-production-0123456789";

export interface DatabaseFiles {
  databaseUrl: string;
  uploadsDir: string;
}

/**
 * Masthead's environment, the same for `next build` (which prerenders public pages from the
 * database) and `next start`.
 */
function appEnv(port: number, db: DatabaseFiles): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: APP_DIST_DIR,
    DATABASE_URL: db.databaseUrl,
    UPLOADS_DIR: db.uploadsDir,
    SITE_URL: `http://127.0.0.1:${port}`,
    AUTH_SECRET,
    // No mail is sent during the benchmark; this lets a production build start without SMTP_URL.
    DEMO_MODE: "true",
    // The load generator plays the proxy in front: each simulated client's address is the X-Forwarded-For entry it sends.
    TRUST_PROXY: "1",
  };
}

/** The Prisma clients, SQLite's and PostgreSQL's (lib/generated/, not in git): the seed and the build need them. */
export function generatePrismaClient(): void {
  run("npm", ["run", "--silent", "db:generate"]);
}

export function prismaClientGenerated(): boolean {
  return existsSync(`${root}/lib/generated/prisma/client.ts`) && existsSync(`${root}/lib/generated/prisma-postgresql/client.ts`);
}

/** `next build` into APP_DIST_DIR, leaving tsconfig.json as it was. */
export function buildApp(port: number, db: DatabaseFiles): void {
  console.log(`Building Masthead (${APP_DIST_DIR}) …`);
  // With NEXT_DIST_DIR set, `next build` adds that folder's types to tsconfig.json's include list.
  const tsconfig = readFileSync(`${root}/tsconfig.json`, "utf8");
  try {
    run(nodeBin, [nextBin, "build"], { env: appEnv(port, db) });
  } finally {
    writeFileSync(`${root}/tsconfig.json`, tsconfig);
  }
}

export function appBuilt(): boolean {
  return existsSync(`${root}/${APP_DIST_DIR}/BUILD_ID`);
}

/** The fixture the baseline's static page was rendered from, kept beside it. */
const BUILT_FIXTURE = `${benchDataDir}/article.built.json`;

/** The baseline app renders the article in ARTICLE_FIXTURE; its static page is rendered at build. */
export function buildBaseline(): void {
  console.log(`Building the baseline Next.js app (bench/baseline-next/${BASELINE_DIST_DIR}) …`);
  run(nodeBin, [nextBin, "build"], {
    cwd: BASELINE_DIR,
    env: { ...process.env, NODE_ENV: "production", BENCH_ARTICLE_FIXTURE: ARTICLE_FIXTURE },
  });
  copyFileSync(ARTICLE_FIXTURE, BUILT_FIXTURE);
}

/** Whether the baseline build exists and its static page holds the current fixture. */
export function baselineBuilt(): boolean {
  return (
    existsSync(`${BASELINE_DIR}/${BASELINE_DIST_DIR}/BUILD_ID`) &&
    existsSync(BUILT_FIXTURE) &&
    readFileSync(BUILT_FIXTURE, "utf8") === readFileSync(ARTICLE_FIXTURE, "utf8")
  );
}

export const appDistPath = `${root}/${APP_DIST_DIR}`;
export const baselineDistPath = `${BASELINE_DIR}/${BASELINE_DIST_DIR}`;

/** `extraEnv`: e.g. EDGE_PURGE_URLS for a server behind an edge. */
export async function startApp(port: number, db: DatabaseFiles, extraEnv: Record<string, string> = {}): Promise<Server> {
  // As it ships: through scripts/start.sh, with its heap limit.
  const server = startServer("Masthead", port, "bash", [`${root}/scripts/start.sh`, "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...appEnv(port, db), ...extraEnv },
  });
  await waitForServer(server, "/api/health");
  return server;
}

export async function startBaselineNext(port: number): Promise<Server> {
  const server = startServer("baseline Next.js", port, nodeBin, [nextBin, "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: BASELINE_DIR,
    env: { ...process.env, NODE_ENV: "production", BENCH_ARTICLE_FIXTURE: ARTICLE_FIXTURE },
  });
  await waitForServer(server, "/static");
  return server;
}

export async function startBaselineHttp(port: number): Promise<Server> {
  const server = startServer("node:http", port, nodeBin, [`${root}/bench/baseline-http.mjs`, ARTICLE_HTML, String(port)], { env: process.env });
  await waitForServer(server, "/");
  return server;
}
