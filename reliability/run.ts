/**
 * `npm run test:reliability`: builds the app once into .next-reliability (when missing), then
 * runs every part in reliability/parts/ in file-name order and prints what each tried, what
 * held and what failed. Exits 1 when any part failed.
 *
 *   npm run test:reliability -- --only headers    # parts whose file name contains "headers"
 *   npm run test:reliability -- --rebuild         # build again even if the build exists
 *   npm run test:reliability -- --postgresql      # the parts that have a PostgreSQL variant, on PostgreSQL
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { RELIABILITY_DATA_DIR, RELIABILITY_DIST_DIR, ROOT } from "./support/paths";
import { ensureBuild } from "./support/build";
import { stopAllServers } from "./support/server";
import { stopAllMailSinks } from "./support/mail";
import { stopReliabilityPostgres } from "./support/postgres";
import type { Engine, PartReport, ReliabilityContext, ReliabilityPart } from "./types";

/** A part that runs longer than this is stopped and reported as failed. */
const PART_TIME_LIMIT_MS = 6 * 60_000;

function parseArgs(argv: string[]): { only: string[]; rebuild: boolean; engine: Engine } {
  const only: string[] = [];
  let rebuild = false;
  let engine: Engine = "sqlite";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--only") {
      const value = argv[++i];
      if (!value) throw new Error("--only needs a part name (or part of one), e.g. --only headers");
      only.push(value);
    } else if (arg === "--rebuild") {
      rebuild = true;
    } else if (arg === "--postgresql") {
      engine = "postgresql";
    } else {
      throw new Error(`Unknown argument "${arg}". Use --only <part>, --rebuild and --postgresql.`);
    }
  }
  return { only, rebuild, engine };
}

async function loadParts(only: string[], engine: Engine): Promise<{ file: string; part: ReliabilityPart }[]> {
  const dir = path.join(ROOT, "reliability/parts");
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.startsWith("."))
    .sort()
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
  if (files.length === 0) throw new Error(`No part in reliability/parts matches ${only.map((o) => `"${o}"`).join(", ")}.`);
  const parts = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { default?: ReliabilityPart };
    const part = mod.default;
    if (!part || typeof part.name !== "string" || typeof part.run !== "function") {
      throw new Error(`reliability/parts/${file} must export default { name, run(ctx) } (see reliability/types.ts).`);
    }
    if ((part.engines ?? ["sqlite"]).includes(engine)) parts.push({ file, part });
  }
  if (parts.length === 0) throw new Error(`No part chosen has a ${engine} variant.`);
  return parts;
}

async function runPart(part: ReliabilityPart, engine: Engine): Promise<PartReport> {
  const ctx: ReliabilityContext = {
    root: ROOT,
    distDir: RELIABILITY_DIST_DIR,
    engine,
    log: (line) => console.error(`  [${part.name}] ${line}`),
  };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not finish within ${PART_TIME_LIMIT_MS / 60_000} minutes`)), PART_TIME_LIMIT_MS);
  });
  try {
    const report = await Promise.race([part.run(ctx), timeout]);
    if (!report || !Array.isArray(report.tried) || !Array.isArray(report.held) || !Array.isArray(report.failed)) {
      return { tried: [], held: [], failed: ["the part returned no { tried, held, failed } report"] };
    }
    return report;
  } catch (error) {
    return { tried: [], held: [], failed: [`threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`] };
  } finally {
    clearTimeout(timer);
    await Promise.all([stopAllServers(), stopAllMailSinks()]);
  }
}

async function main() {
  const { only, rebuild, engine } = parseArgs(process.argv.slice(2));
  const parts = await loadParts(only, engine);
  await ensureBuild(RELIABILITY_DIST_DIR, { rebuild, databaseDir: path.join(RELIABILITY_DATA_DIR, "build") });

  const started = Date.now();
  const results: { name: string; ms: number; report: PartReport }[] = [];
  for (const { file, part } of parts) {
    console.error(`\n▶ ${part.name} (${file})`);
    const partStarted = Date.now();
    const report = await runPart(part, engine);
    results.push({ name: part.name, ms: Date.now() - partStarted, report });
    console.error(`${report.failed.length === 0 ? "✔" : "✘"} ${part.name} in ${((Date.now() - partStarted) / 1000).toFixed(1)} s`);
  }

  await stopReliabilityPostgres();
  console.log(`\n== Reliability summary${engine === "postgresql" ? " (PostgreSQL)" : ""}`);
  for (const { name, ms, report } of results) {
    console.log(`\n${report.failed.length === 0 ? "PASS" : "FAIL"}  ${name}  (${(ms / 1000).toFixed(1)} s)`);
    for (const line of report.tried) console.log(`  tried:  ${line}`);
    for (const line of report.held) console.log(`  held:   ${line}`);
    for (const line of report.failed) console.log(`  FAILED: ${line.replace(/\n/g, "\n          ")}`);
  }
  const failed = results.filter((r) => r.report.failed.length > 0);
  console.log(`\n${results.length - failed.length} of ${results.length} parts passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  process.exitCode = failed.length > 0 ? 1 : 0;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void Promise.all([stopAllServers(), stopAllMailSinks(), stopReliabilityPostgres()]).finally(() => process.exit(130));
  });
}

// Exits when the summary is out, also when a part that ran out of time left work going (its
// promise is abandoned, not stopped): nothing may keep the suite from ending.
main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await Promise.all([stopAllServers(), stopAllMailSinks(), stopReliabilityPostgres()]);
    process.exit(process.exitCode ?? 0);
  });
