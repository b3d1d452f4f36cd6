/**
 * `npm run page-weight`: what a first visit to the article page and the front page downloads, in
 * Chromium, against the production build — HTML, CSS and JavaScript as transferred (compressed),
 * and the number of requests — beside an empty page of a minimal app built with the same Next.js.
 * Prints the table, writes it to BENCHMARKS.md, and exits 1 when the article page's JavaScript
 * beyond the empty page's is 25 KB or more, or its CSS 20 KB or more (KB = 1,000 bytes).
 *
 *   npm run page-weight [-- --scale <n> | --demo] [--no-build] [--port <p>]
 */
import { chromium, type Browser } from "@playwright/test";
import { startApp, startBaselineNext } from "./lib/apps";
import { describeSize } from "./lib/database";
import { COMMON_USAGE, parseOptions, UsageError } from "./lib/options";
import { prepare } from "./lib/prepare";
import { stopServer, type Server } from "./lib/process";
import { kb, machine, markdownTable, writeBenchmarksSection } from "./lib/report";

const JS_BUDGET = 25_000;
const CSS_BUDGET = 20_000;

const USAGE = `npm run page-weight [-- options]
${COMMON_USAGE}`;

type Kind = "html" | "css" | "js" | "other";

interface Weight {
  page: string;
  url: string;
  requests: number;
  failed: number;
  bytes: Record<Kind, number>;
  /** Content-Encoding of the HTML, CSS and JavaScript responses, e.g. { gzip: 9 }. */
  encodings: Record<string, number>;
}

function kindOf(resourceType: string): Kind {
  if (resourceType === "document") return "html";
  if (resourceType === "stylesheet") return "css";
  if (resourceType === "script") return "js";
  return "other";
}

/** Loads `url` in a fresh context (empty cache) and adds up what came over the wire. */
async function weigh(browser: Browser, page: string, url: string): Promise<Weight> {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    const finished: Promise<void>[] = [];
    const weight: Weight = { page, url, requests: 0, failed: 0, bytes: { html: 0, css: 0, js: 0, other: 0 }, encodings: {} };
    tab.on("requestfinished", (request) => {
      finished.push(
        (async () => {
          const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
          const kind = kindOf(request.resourceType());
          weight.requests++;
          // The body as transferred: compressed when the server compressed it.
          weight.bytes[kind] += sizes.responseBodySize;
          if (kind !== "other") {
            const encoding = (await response?.headerValue("content-encoding")) ?? "identity";
            weight.encodings[encoding] = (weight.encodings[encoding] ?? 0) + 1;
          }
        })(),
      );
    });
    tab.on("requestfailed", () => {
      weight.failed++;
    });
    const response = await tab.goto(url, { waitUntil: "networkidle" });
    if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status() ?? "nothing"}.`);
    await Promise.all(finished);
    return weight;
  } finally {
    await context.close();
  }
}

async function main(): Promise<number> {
  const { options, help } = parseOptions(process.argv.slice(2), {});
  if (help) {
    console.log(USAGE);
    return 0;
  }
  const { db, targets } = await prepare(options);
  const servers: Server[] = [];
  let browser: Browser | undefined;
  const weights: Weight[] = [];
  try {
    const app = await startApp(options.port, db);
    servers.push(app);
    const baseline = await startBaselineNext(options.port + 1);
    servers.push(baseline);
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
    const article = targets.pages.find((t) => t.name === "article")!;
    // One unweighed visit first, so no page pays for the server's first render of a route.
    await weigh(browser, "warm-up", `${app.origin}${article.path}`);
    weights.push(await weigh(browser, "article", `${app.origin}${article.path}`));
    weights.push(await weigh(browser, "front", `${app.origin}/`));
    weights.push(await weigh(browser, "empty Next page", `${baseline.origin}/empty`));
  } finally {
    await browser?.close();
    for (const server of servers) await stopServer(server);
  }

  const [article, front, empty] = weights as [Weight, Weight, Weight];
  const total = (w: Weight) => w.bytes.html + w.bytes.css + w.bytes.js + w.bytes.other;
  const encodings = (w: Weight) =>
    Object.entries(w.encodings)
      .map(([e, n]) => `${e} ${n}`)
      .join(", ");
  const table = markdownTable(
    ["page", "requests", "HTML KB", "CSS KB", "JS KB", "other KB", "total KB", "JS beyond empty KB", "encodings (HTML/CSS/JS)"],
    weights.map((w) => [
      w === empty ? "empty Next page `/empty`" : `${w.page} \`${new URL(w.url).pathname}\``,
      String(w.requests) + (w.failed > 0 ? ` (+${w.failed} failed)` : ""),
      kb(w.bytes.html),
      kb(w.bytes.css),
      kb(w.bytes.js),
      kb(w.bytes.other),
      kb(total(w)),
      w === empty ? "" : kb(w.bytes.js - empty.bytes.js),
      encodings(w),
    ]),
  );
  const jsBeyond = article.bytes.js - empty.bytes.js;
  const jsPass = jsBeyond < JS_BUDGET;
  const cssPass = article.bytes.css < CSS_BUDGET;
  const report = [
    "## Page weight (`npm run page-weight`)",
    "",
    `- Date: ${new Date().toISOString().replace(/\.\d+Z$/, "Z")}`,
    `- Machine: ${machine()}`,
    `- Command: \`npm run page-weight${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}\`; database: ${describeSize(db.size)}`,
    "- Each page is loaded once in a fresh Chromium context (empty cache, no JavaScript disabled) until the network is idle; bytes are response bodies as transferred (compressed when the server compressed them: `next start` gzips, `compress` is on by default), KB = 1,000 bytes. *Other* is images, icons and the like. The empty page is `/empty` of the minimal app in bench/baseline-next, built with the same Next.js.",
    "",
    table,
    "",
    "### Against the targets",
    "",
    `- ${jsPass ? "**pass**" : "**miss**"} Article page JavaScript beyond the empty page: ${kb(jsBeyond)} KB (needs < ${kb(JS_BUDGET)} KB).`,
    `- ${cssPass ? "**pass**" : "**miss**"} Article page CSS: ${kb(article.bytes.css)} KB (needs < ${kb(CSS_BUDGET)} KB).`,
    `- Front page JavaScript beyond the empty page: ${kb(front.bytes.js - empty.bytes.js)} KB; CSS ${kb(front.bytes.css)} KB (no budget).`,
  ].join("\n");
  console.log(`\n${report}`);
  writeBenchmarksSection("page-weight", report);
  console.log("\nWritten to BENCHMARKS.md.");
  return jsPass && cssPass ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof UsageError ? `${error.message}\n\n${USAGE}` : error);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
