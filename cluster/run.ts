/**
 * `npm run test:cluster`: Masthead on several hosts, on this one machine. Linux network
 * namespaces make five hosts, each with its own address on a bridge: a database host
 * (PostgreSQL), a storage host (an S3-protocol server), two app hosts (the production build) and
 * an edge host (Varnish with the shipped configuration) in front of the app servers. The drill seeds the newsroom, then runs every check
 * in cluster/checks/ in name order, reaching the hosts only through their addresses, and prints
 * what each tried, what held and what failed. Everything it started is stopped and every
 * namespace removed at the end, also when a check fails or the drill is interrupted. Needs root.
 *
 *   npm run test:cluster                     # every check
 *   npm run test:cluster -- --only session   # checks whose file name contains "session"
 *   npm run test:cluster -- --dist .next     # serve an existing build instead of .next-cluster
 *   npm run test:cluster -- --rebuild        # build .next-cluster again
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ensureBuild } from "../reliability/support/build";
import { ROOT } from "../reliability/support/paths";
import { stopAllServices } from "../reliability/support/process";
import { sessionFor } from "../reliability/support/database";
import { migrateDatabase } from "../scripts/lib/migrate";
import type { PostgresServer } from "../scripts/lib/postgres-server";
import { appHost, PORTS, startDatabaseHost, startEdgeHost, startStorageHost, type EdgeHost } from "./hosts";
import { readerPaths } from "./load";
import { createNetwork, type ClusterNetwork } from "./network";
import { newsroom } from "./newsroom";
import { ensureDebianPackages } from "./packages";
import type { ClusterCheck, ClusterContext, PartReport } from "./types";

const DIST_DIR = ".next-cluster";
/** A check still running after this is stopped and failed. */
const CHECK_TIME_LIMIT_MS = 4 * 60_000;
/** The Server Actions key both app servers share (and the build, when the drill makes it): 32 bytes, base64. */
const ACTIONS_KEY = Buffer.alloc(32, "masthead-cluster-drill").toString("base64");

const HOSTS = ["database", "storage", "app-a", "app-b", "edge"] as const;

function parseArgs(argv: string[]) {
  const options = { only: [] as string[], rebuild: false, distDir: DIST_DIR };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--only" && argv[i + 1]) options.only.push(argv[++i]!);
    else if (arg === "--dist" && argv[i + 1]) options.distDir = argv[++i]!;
    else if (arg === "--rebuild") options.rebuild = true;
    else throw new Error(`Unknown argument "${arg}". Use --only <check>, --dist <build folder> and --rebuild.`);
  }
  return options;
}

async function loadChecks(only: string[]): Promise<ClusterCheck[]> {
  const dir = path.join(ROOT, "cluster/checks");
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".ts")).sort();
  const chosen = files.filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
  if (chosen.length === 0) throw new Error(`No check in cluster/checks matches ${only.join(", ")}.`);
  return Promise.all(chosen.map(async (f) => ((await import(pathToFileURL(path.join(dir, f)).href)) as { check: ClusterCheck }).check));
}

async function runCheck(check: ClusterCheck, ctx: ClusterContext): Promise<PartReport> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not finish within ${CHECK_TIME_LIMIT_MS / 60_000} minutes`)), CHECK_TIME_LIMIT_MS);
  });
  try {
    return await Promise.race([check.run({ ...ctx, log: (line) => console.error(`  [${check.name}] ${line}`) }), timeout]);
  } catch (error) {
    return { tried: [], held: [], failed: [`threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`] };
  } finally {
    clearTimeout(timer);
  }
}

/** The next whole minute at least 20 s away: the story the scheduler must publish during the drill. */
function nextMinute(): Date {
  const at = new Date(Math.ceil((Date.now() + 20_000) / 60_000) * 60_000);
  return at;
}

let network: ClusterNetwork<(typeof HOSTS)[number]> | null = null;
let database: PostgresServer | null = null;
let edgeHost: EdgeHost | null = null;
let scratch: string | null = null;
/** What the hosts printed, written to .cluster/ when the drill ends (gitignored). */
const logSources: { name: string; lines: () => string[] }[] = [];

function keepLogs() {
  const dir = path.join(ROOT, ".cluster");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const { name, lines } of logSources) fs.writeFileSync(path.join(dir, `${name}.log`), `${lines().join("\n")}\n`);
  if (database && fs.existsSync(database.logFile)) fs.copyFileSync(database.logFile, path.join(dir, "database.log"));
}

async function tearDown() {
  try {
    keepLogs();
  } catch (error) {
    console.error(`Could not keep the hosts' logs: ${String(error)}`);
  }
  await stopAllServices();
  await edgeHost?.stop().catch(() => undefined);
  await database?.stop().catch(() => undefined);
  network?.destroy();
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const checks = await loadChecks(options.only);
  if (process.getuid?.() !== 0) throw new Error("npm run test:cluster makes network namespaces: run it as root");
  ensureDebianPackages();
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), "masthead-cluster-"));
  fs.chmodSync(scratch, 0o755); // PostgreSQL runs as its own user below it
  await ensureBuild(options.distDir, { rebuild: options.rebuild, databaseDir: path.join(scratch, "build"), env: { NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: ACTIONS_KEY } });

  const started = Date.now();
  network = createNetwork(HOSTS);
  const { hosts } = network;
  console.error(`Hosts on ${network.subnet}: ${HOSTS.map((h) => `${h} ${hosts[h].address}`).join(", ")}`);

  database = await startDatabaseHost(hosts.database, network.subnet, scratch);
  const databaseUrl = await database.createDatabase("masthead");
  await migrateDatabase(databaseUrl);
  const storage = await startStorageHost(hosts.storage, path.join(scratch, "objects"));
  logSources.push({ name: "storage", lines: storage.service.logs });
  console.error("Seeding the demo newsroom into PostgreSQL and the object storage…");
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "prisma/seed/main.ts"], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "development", DATABASE_URL: databaseUrl, ...storage.mediaEnv },
    stdio: ["ignore", "ignore", "inherit"],
  });

  const edgeUrl = `http://${hosts.edge.address}:${PORTS.edge}`;
  const appEnv = { ...storage.mediaEnv, SITE_URL: edgeUrl, EDGE_PURGE_URLS: edgeUrl, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: ACTIONS_KEY };
  const apps = [appHost(hosts["app-a"], { databaseUrl, distDir: options.distDir, env: appEnv }), appHost(hosts["app-b"], { databaseUrl, distDir: options.distDir, env: appEnv })] as const;
  for (const app of apps) logSources.push({ name: app.name, lines: app.logs });
  // The edge first: each app server's first purge (a ban, the edge being new to it) finds it.
  const edge = await startEdgeHost(hosts.edge, apps, network.subnet, path.join(scratch, "edge"));
  edgeHost = edge;
  logSources.push({ name: "edge", lines: () => edge.logs() });
  await Promise.all(apps.map((app) => app.start()));
  console.error(`Set up in ${((Date.now() - started) / 1000).toFixed(0)} s.`);

  const editor = await sessionFor(databaseUrl, "EDITOR");
  const desk = await newsroom({ databaseUrl, distDir: options.distDir, editorCookie: editor.cookie });
  const at = nextMinute();
  const scheduled = { ...(await desk.schedule(apps[0], `Drill scheduled story ${at.toISOString().slice(11, 16)}`, at)), at };
  const ctx: ClusterContext = { databaseUrl, database, apps, edge, newsroom: desk, readerPaths: await readerPaths(databaseUrl), scheduled, log: (line) => console.error(line) };

  const results: { name: string; ms: number; report: PartReport }[] = [];
  for (const check of checks) {
    console.error(`\n▶ ${check.name}`);
    const checkStarted = Date.now();
    const report = await runCheck(check, ctx);
    results.push({ name: check.name, ms: Date.now() - checkStarted, report });
    console.error(`${report.failed.length === 0 ? "✔" : "✘"} ${check.name} in ${((Date.now() - checkStarted) / 1000).toFixed(1)} s`);
    // What the servers said last, to see why.
    if (report.failed.length > 0) {
      for (const [name, lines] of [...apps.map((a) => [a.name, a.logs()] as const), ["edge", edge.logs()] as const]) {
        console.error(`  ${name}, last lines:\n${lines.filter(Boolean).slice(-12).map((l) => `    | ${l.slice(0, 300)}`).join("\n")}`);
      }
    }
  }

  console.log("\n== Cluster drill");
  for (const { name, ms, report } of results) {
    console.log(`\n${report.failed.length === 0 ? "PASS" : "FAIL"}  ${name}  (${(ms / 1000).toFixed(1)} s)`);
    for (const line of report.tried) console.log(`  tried:  ${line}`);
    for (const line of report.held) console.log(`  held:   ${line}`);
    for (const line of report.failed) console.log(`  FAILED: ${line.replace(/\n/g, "\n          ")}`);
  }
  const failed = results.filter((r) => r.report.failed.length > 0).length;
  console.log(`\n${results.length - failed} passed, ${failed} failed`);
  console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s with the set-up)`);
  process.exitCode = failed > 0 ? 1 : 0;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void tearDown().finally(() => process.exit(130)));
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  })
  // Exits once everything is stopped, also when a check that ran out of time left work going
  // (its promise is abandoned, not stopped, and its readers would go on forever).
  .finally(async () => {
    await tearDown();
    process.exit(process.exitCode ?? 0);
  });
