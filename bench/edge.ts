/**
 * `npm run bench:edge`: the edge, measured against its ceiling in the same run, on this machine.
 * - The cached article page through Varnish with the shipped VCL, against nginx serving the same
 *   bytes (gzipped, as the edge stores them) from a file: the physical ceiling for a cached page
 *   here. Both pinned to CPU 0, the load generator (this process) to CPU 1; the app server's own
 *   cache hit beside them, for scale.
 * - Purge lag: a story's headline changed in the database and its tags invalidated (the write path
 *   of every change: lib/cache/invalidate.ts, which purges the edges before it returns), then the
 *   time until the first request through the edge shows the new headline; median and max of 20.
 * Prints the table, writes it to BENCHMARKS.md (section "edge"), exits non-zero when the run broke.
 *
 *   npm run bench:edge [-- --demo | --scale <n>] [--no-build] [--duration <s>] [--connections <n>]
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import autocannon from "autocannon";
import { renderVcl } from "@/lib/edge/vcl";
import { freePort, waitForPort } from "@/scripts/lib/free-port";
import { startVarnish } from "@/scripts/lib/varnish";
import { send } from "@/test/edge";
import { startApp } from "./lib/apps";
import { describeSize } from "./lib/database";
import { COMMON_USAGE, parseOptions, UsageError } from "./lib/options";
import { prepare } from "./lib/prepare";
import { stopServer, type Server } from "./lib/process";
import { loadAverage, machine, markdownTable, ms, percent, writeBenchmarksSection } from "./lib/report";

const EDITS = 20;
const USAGE = `npm run bench:edge [-- options]
  --duration <s>      seconds measured per run (default 10, after 3 s of warm-up)
  --connections <n>   concurrent connections (default 50)
${COMMON_USAGE}`;

interface Load {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** autocannon from this process (pinned to CPU 1), after a warm-up with the same settings. */
async function load(url: string, connections: number, duration: number): Promise<Load> {
  const base = { url, connections, headers: { "accept-encoding": "gzip" } };
  await autocannon({ ...base, duration: 3 });
  const result = await autocannon({ ...base, duration });
  return { rps: result.requests.total / result.duration, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors, non2xx: result.non2xx };
}

/** nginx serving `file` (and its `.gz` twin to clients that take gzip) on `port`, pinned to CPU 0. */
async function startNginx(dir: string, port: number, html: Buffer): Promise<() => void> {
  const www = path.join(dir, "www");
  fs.mkdirSync(www, { recursive: true });
  fs.writeFileSync(path.join(www, "article.html"), zlib.gunzipSync(html));
  fs.writeFileSync(path.join(www, "article.html.gz"), html);
  const conf = path.join(dir, "nginx.conf");
  fs.writeFileSync(
    conf,
    `daemon off; worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 1024; }
http {
  access_log off; client_body_temp_path ${dir}/tmp; proxy_temp_path ${dir}/tmp; fastcgi_temp_path ${dir}/tmp;
  uwsgi_temp_path ${dir}/tmp; scgi_temp_path ${dir}/tmp;
  server { listen 127.0.0.1:${port}; root ${www}; location / { default_type text/html; gzip_static on; } }
}
`,
  );
  const child = spawn("taskset", ["-c", "0", "nginx", "-c", conf, "-p", dir, "-e", `${dir}/error.log`], { stdio: "ignore" });
  await waitForPort("127.0.0.1", port, { stillRunning: () => child.exitCode === null });
  return () => child.kill("SIGTERM");
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<number> {
  const { options, values, help, positiveInt } = parseOptions(process.argv.slice(2), { duration: { type: "string" }, connections: { type: "string" } });
  if (help) {
    console.log(USAGE);
    return 0;
  }
  const duration = positiveInt("duration", values.duration as string | undefined, 10, 600);
  const connections = positiveInt("connections", values.connections as string | undefined, 50, 1000);
  // This process generates the load: CPU 1. Varnish and nginx get CPU 0.
  execFileSync("taskset", ["-cp", "1", String(process.pid)], { stdio: "ignore" });
  const loadBefore = loadAverage();
  const { db, targets } = await prepare(options);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "masthead-bench-edge-"));
  // varnishd and nginx drop to unprivileged users when started as root: they must read what is here.
  fs.chmodSync(dir, 0o755);
  const edgePort = await freePort();
  const edgeUrl = `http://127.0.0.1:${edgePort}`;
  // The edge first: the server's first purge (a ban, the edge being new to it) must find it.
  const edge = await startVarnish({
    vcl: renderVcl({ backends: [{ host: "127.0.0.1", port: options.port }], purgers: ["127.0.0.1"], siteName: "Masthead" }),
    dir: path.join(dir, "varnish"),
    port: edgePort,
    cpus: "0",
  });
  let app: Server | undefined;
  let stopNginx = () => {};
  try {
    app = await startApp(options.port, db, { EDGE_PURGE_URLS: edgeUrl });
    const articlePath = `/articles/${targets.article.slug}`;
    // The bytes the edge stores and serves: the article, gzipped once.
    await gzippedHit(edgeUrl, articlePath);
    const nginxPort = await freePort();
    stopNginx = await startNginx(path.join(dir, "nginx"), nginxPort, await gzippedHit(edgeUrl, articlePath));

    console.log(`Cached article at ${connections} connections, ${duration} s each …`);
    const nginx = await load(`http://127.0.0.1:${nginxPort}/article.html`, connections, duration);
    const varnish = await load(`${edgeUrl}${articlePath}`, connections, duration);
    const origin = await load(`${app.origin}${articlePath}`, connections, duration);

    console.log(`Purge lag over ${EDITS} edits …`);
    const lags = purgeLags(db.databaseUrl, edgeUrl, targets.article.id, articlePath);

    const rows = [
      ["nginx, the same bytes from a file (CPU 0)", nginx],
      ["Varnish, the shipped VCL (CPU 0)", varnish],
      ["next start's own cache hit (no pinning)", origin],
    ] as const;
    const report = [
      "## The edge (`npm run bench:edge`)",
      "",
      `Measured ${new Date().toISOString()} on ${machine()}; load average ${loadBefore} before, ${loadAverage()} after. Database: ${describeSize(db.size)}; \`${articlePath}\` as the edge stores it (gzipped), requested with \`Accept-Encoding: gzip\`; ${connections} connections, ${duration} s after 3 s of warm-up; autocannon on CPU 1.`,
      "",
      markdownTable(
        ["server", "requests/s", "vs nginx", "p50 ms", "p99 ms", "errors", "non-2xx"],
        rows.map(([name, m]) => [name, m.rps.toFixed(0), percent(m.rps / nginx.rps), ms(m.p50), ms(m.p99), String(m.errors), String(m.non2xx)]),
      ),
      "",
      `Purge lag (a headline written, its tags invalidated and purged, until a request through the edge shows it), ${EDITS} edits: median ${ms(median(lags))} ms, max ${ms(Math.max(...lags))} ms.`,
    ].join("\n");
    console.log(`\n${report}`);
    writeBenchmarksSection("edge", report);
    const broken = rows.some(([, m]) => m.errors > 0 || m.non2xx > 0);
    return broken ? 1 : 0;
  } finally {
    stopNginx();
    await edge.stop();
    if (app) await stopServer(app);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The page's bytes as the edge sends them to a client that takes gzip (fetch() would unzip them). */
async function gzippedHit(edgeUrl: string, articlePath: string): Promise<Buffer> {
  const response = await send(edgeUrl, articlePath, { headers: { "accept-encoding": "gzip" } });
  if (response.status !== 200 || response.headers["content-encoding"] !== "gzip") throw new Error(`The edge answered ${articlePath} with ${response.status}, ${response.headers["content-encoding"] ?? "not gzipped"}`);
  return Buffer.from(response.body, "latin1");
}

/**
 * The purge lag, measured by a process of its own (bench/lib/purge-lag.ts) whose environment names
 * the benchmark's database and edge, as a server's or the command line's would.
 */
function purgeLags(databaseUrl: string, edgeUrl: string, articleId: string, articlePath: string): number[] {
  const output = execFileSync(process.execPath, ["--import", "tsx", "--conditions=react-server", path.join(import.meta.dirname, "lib/purge-lag.ts"), articleId, articlePath, String(EDITS)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, EDGE_PURGE_URLS: edgeUrl },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(output.trim().split("\n").at(-1)!) as number[];
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof UsageError ? `${error.message}\n\n${USAGE}` : error);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
