/**
 * `npm run lighthouse`: the performance, accessibility, best-practice and SEO budget
 * (scripts/lib/lighthouse-budget.ts says what is gated and when).
 *
 * Needs a production build (`npx next build`; honours NEXT_DIST_DIR) and builds nothing of
 * Masthead's. Serves it as the browser tests do (scripts/e2e-server.sh: a freshly seeded database
 * under .e2e/<port>), and beside it the bare Next.js page of the benchmark (bench/baseline-next,
 * built when missing), on free ports. Lighthouse audits the front page and a story (or the paths
 * given as arguments) and the bare page as a phone: mobile form factor and throttling, in a
 * Chromium window of a phone's size (Chromium's own --window-size) rather than under Lighthouse's
 * screen emulation, which makes Chromium 156 hold the first paint of any page with a
 * Content-Security-Policy for about 1.25 s.
 *
 * One unscored run warms the server up; then every page is audited LIGHTHOUSE_RUNS times (default
 * 5), each run in a Chromium of its own with a fresh profile, so the runs are independent samples.
 * A run whose first paint the browser held until after load is set aside with its trace and
 * another made, up to twice LIGHTHOUSE_RUNS. Reports of each page's median run go to
 * test-results/lighthouse/. It exits 1 only for a failure of the budget, never for a warning.
 *
 *   NEXT_DIST_DIR=.next-a11y npm run lighthouse [-- /sections/policy …]
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { ARTICLE_FIXTURE, baselineBuilt, buildBaseline, startBaselineNext } from "../bench/lib/apps";
import { root, startServer, stopServer, waitForServer, type Server } from "../bench/lib/process";
import { freePort } from "./lib/free-port";
import { auditPage, type PageAudit } from "./lib/lighthouse-runs";
import { BUDGET, CALIBRATED, CATEGORIES, judge, type PageResult } from "./lib/lighthouse-budget";

const distDir = process.env.NEXT_DIST_DIR || ".next";
const reportDir = path.join(root, "test-results", "lighthouse");
const runs = /^[1-9]\d?$/.test(process.env.LIGHTHOUSE_RUNS ?? "") ? Number(process.env.LIGHTHOUSE_RUNS) : 5;

/** The front page and the demo story with the most on it: two authors, a figure, a correction, comments. */
const STORY = "eu-training-run-disclosure-draft";
const DEFAULT_PATHS = ["/", `/articles/${STORY}`];
/** The bare Next.js page (bench/baseline-next): the framework's own floor on this machine. */
const REFERENCE_PATH = "/static";

/** The baseline app renders a story's text; the benchmark's own choice when it has made one. */
function writeReferenceFixture(databaseFile: string) {
  if (existsSync(ARTICLE_FIXTURE)) return;
  const sqlite = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const story = sqlite.prepare(`SELECT title, standfirst, bodyHtml FROM "Article" WHERE slug = ?`).get(STORY);
    if (!story) throw new Error(`The seeded database has no story ${STORY}.`);
    mkdirSync(path.dirname(ARTICLE_FIXTURE), { recursive: true });
    writeFileSync(ARTICLE_FIXTURE, JSON.stringify(story));
  } finally {
    sqlite.close();
  }
}

/** One line per page; the bare page's row shows only what it is there for, its performance. */
function printTable(rows: PageResult[], bare: PageResult) {
  const cell = (row: PageResult, c: (typeof CATEGORIES)[number]) => {
    const score = row[c];
    if (row === bare && c !== "performance") return "–";
    return score === null ? "held" : `${score}${score < BUDGET[c] && row !== bare ? " ✗" : ""}`;
  };
  const header = ["page", ...CATEGORIES, "runs held"];
  const lines = [header, ...[...rows, bare].map((r) => [r === bare ? `bare Next.js page ${r.path}` : r.path, ...CATEGORIES.map((c) => cell(r, c)), `${r.held} of ${r.runs}`])];
  lines.push(["budget", ...CATEGORIES.map((c) => `≥ ${BUDGET[c]}`), ""]);
  const widths = header.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  for (const [n, line] of lines.entries()) {
    console.log(line.map((text, i) => (i === 0 ? text.padEnd(widths[i]!) : text.padStart(widths[i]!))).join("  "));
    if (n === 0 || n === lines.length - 2) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  }
}

async function audit(origin: string, pagePath: string, reference = false): Promise<PageAudit> {
  console.log(`Auditing ${origin}${pagePath} …`);
  return auditPage(origin, pagePath, { runs, reportDir, reference });
}

async function main(): Promise<number> {
  if (!existsSync(path.join(root, distDir, "BUILD_ID"))) {
    console.error(`No production build in ${distDir}/. Run \`NEXT_DIST_DIR=${distDir} npx next build\` first.`);
    return 2;
  }
  const paths = process.argv.slice(2).filter((a) => a.startsWith("/"));
  await mkdir(reportDir, { recursive: true });

  const port = Number(process.env.LIGHTHOUSE_PORT) || (await freePort());
  // No mail is sent while auditing; nothing listens on this port.
  const smtpPort = await freePort();
  console.log(`Starting the app on 127.0.0.1:${port} (build: ${distDir}) …`);
  const servers: Server[] = [];
  const stopAll = () => Promise.all(servers.map(stopServer));
  process.once("SIGINT", () => void stopAll().then(() => process.exit(130)));
  try {
    const app = startServer("Masthead", port, "bash", ["scripts/e2e-server.sh"], {
      env: { ...process.env, E2E_PORT: String(port), MAIL_SINK_SMTP_PORT: String(smtpPort) },
    });
    servers.push(app);
    await waitForServer(app, "/", 180_000);
    writeReferenceFixture(path.join(root, ".e2e", String(port), "masthead.db"));
    if (!baselineBuilt()) buildBaseline();
    const reference = await startBaselineNext(await freePort());
    servers.push(reference);

    const pagePaths = paths.length > 0 ? paths : DEFAULT_PATHS;
    console.log("Warming up …");
    await auditPage(app.origin, pagePaths[0]!, { runs: 1, reportDir, warmUp: true });
    const rows: PageResult[] = [];
    for (const pagePath of pagePaths) rows.push((await audit(app.origin, pagePath)).result);
    const bare = (await audit(reference.origin, REFERENCE_PATH, true)).result;

    console.log("");
    printTable(rows, bare);
    const [load] = os.loadavg();
    console.log(`\nLoad average ${load?.toFixed(1)} on ${os.availableParallelism()} CPUs. Reports: ${path.relative(root, reportDir)}/`);

    const { failures, warnings } = judge(rows, bare);
    if (warnings.length > 0) {
      console.warn(`\nWarning (performance is gated where the bare Next.js page scores ${CALIBRATED} or more):`);
      for (const line of warnings) console.warn(`  ${line}`);
    }
    if (failures.length > 0) {
      console.error("\nUnder budget:");
      for (const line of failures) console.error(`  ${line}`);
      return 1;
    }
    return 0;
  } finally {
    await stopAll();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
