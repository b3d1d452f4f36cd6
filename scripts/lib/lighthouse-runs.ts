/**
 * Lighthouse runs of one page for `npm run lighthouse`: each in a Chromium of its own, as a phone
 * (see scripts/lighthouse.ts for why the window, not Lighthouse, sets the phone's screen), with
 * the runs the browser held set aside.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { paintHeldByBrowser, type Observed } from "./held-paint";
import { BUDGET, CATEGORIES, median, type Category, type PageResult } from "./lighthouse-budget";

/** Lighthouse's mobile screen (a Moto G Power: 412×823 CSS pixels), set by the window itself. */
const PHONE = { width: 412, height: 823 };

const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  `--window-size=${PHONE.width},${PHONE.height}`,
];

/** Lighthouse's defaults (mobile form factor, simulated slow-4G and 4× CPU) without its screen emulation. */
const CONFIG = { extends: "lighthouse:default", settings: { formFactor: "mobile", screenEmulation: { disabled: true } } } as const;

type RunnerResult = NonNullable<Awaited<ReturnType<typeof lighthouse>>>;

async function runLighthouse(url: string): Promise<RunnerResult> {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, logLevel: "error", output: ["html", "json"], onlyCategories: [...CATEGORIES] }, CONFIG);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${result.lhr.runtimeError.message}`);
    return result;
  } finally {
    chrome.kill();
  }
}

const scoreOf = (result: RunnerResult, c: Category) => Math.round((result.lhr.categories[c]?.score ?? 0) * 100);

function observed(result: RunnerResult): Observed {
  const details = result.lhr.audits["metrics"]?.details as { items?: { observedFirstPaint?: number; observedDomContentLoaded?: number; observedLoad?: number }[] } | undefined;
  const item = details?.items?.[0];
  return { firstPaint: item?.observedFirstPaint, domContentLoaded: item?.observedDomContentLoaded, load: item?.observedLoad };
}

const seconds = (ms: number | undefined) => (ms === undefined ? "–" : `${(ms / 1000).toFixed(2)} s`);

/** Every audit of a category under budget that did not pass: why the score is what it is. */
function explain(result: RunnerResult, pagePath: string, category: Category) {
  const { lhr } = result;
  for (const ref of lhr.categories[category]?.auditRefs ?? []) {
    const a = lhr.audits[ref.id];
    if (!a || a.score === null || a.score >= 0.9 || (ref.weight === 0 && category !== "performance")) continue;
    console.log(`  ${pagePath} · ${category} · ${a.title}${a.displayValue ? ` (${a.displayValue})` : ""}`);
  }
}

export interface PageAudit {
  result: PageResult;
}

/**
 * Audits a page until `runs` runs were not held by the browser (at most twice as many in all).
 * Accessibility, Best Practices and SEO are the medians of every run; performance the median of
 * the runs painted normally, whose median run's reports are written to `reportDir`.
 */
export async function auditPage(origin: string, pagePath: string, options: { runs: number; reportDir: string; warmUp?: boolean; reference?: boolean }): Promise<PageAudit> {
  const { runs, reportDir } = options;
  const name = pagePath === "/" ? "front" : pagePath.replace(/^\/|\/$/g, "").replace(/[^a-z0-9]+/gi, "-");
  const all: RunnerResult[] = [];
  const counted: RunnerResult[] = [];
  while (counted.length < runs && all.length < runs * 2) {
    const run = await runLighthouse(`${origin}${pagePath}`);
    all.push(run);
    if (options.warmUp) break;
    const seen = observed(run);
    if (!paintHeldByBrowser(seen)) {
      counted.push(run);
      continue;
    }
    const file = path.join(reportDir, `${name}-run-${all.length}-held-paint.trace.json`);
    await writeFile(file, JSON.stringify(run.artifacts.Trace));
    console.log(`  run ${all.length} set aside (performance ${scoreOf(run, "performance")}): first paint at ${seconds(seen.firstPaint)}, after the page had loaded at ${seconds(seen.load)}; trace: ${file}`);
  }
  const byPerformance = [...counted].sort((a, b) => scoreOf(a, "performance") - scoreOf(b, "performance"));
  const medianRun = byPerformance[Math.floor((byPerformance.length - 1) / 2)] ?? all[0]!;
  const result: PageResult = {
    path: pagePath,
    performance: median(counted.map((r) => scoreOf(r, "performance"))),
    accessibility: median(all.map((r) => scoreOf(r, "accessibility")))!,
    "best-practices": median(all.map((r) => scoreOf(r, "best-practices")))!,
    seo: median(all.map((r) => scoreOf(r, "seo")))!,
    runs: all.length,
    held: all.length - counted.length,
  };
  if (options.warmUp) return { result };

  if (counted.length > 1) console.log(`  performance over ${counted.length} runs: ${counted.map((r) => scoreOf(r, "performance")).join(", ")}`);
  const firstPaints = counted.map((r) => observed(r).firstPaint).filter((v): v is number => v !== undefined);
  if (firstPaints.length > 0) console.log(`  observed first paint ${seconds(Math.min(...firstPaints))}–${seconds(Math.max(...firstPaints))}`);
  const [html = "", json = ""] = Array.isArray(medianRun.report) ? medianRun.report : [medianRun.report];
  await writeFile(path.join(reportDir, `${name}.html`), html);
  await writeFile(path.join(reportDir, `${name}.json`), json);
  for (const c of options.reference ? (["performance"] as const) : CATEGORIES) {
    const score = result[c];
    if (score !== null && score < BUDGET[c]) explain(medianRun, pagePath, c);
  }
  return { result };
}
