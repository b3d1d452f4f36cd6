/**
 * One measured run: autocannon against one URL at a given concurrency, after an unmeasured
 * warm-up with the same settings, with the server tree's peak RSS sampled throughout and the
 * cache state checked by probe requests just before and just after the measured run.
 */
import http, { type IncomingMessage } from "node:http";
import autocannon, { type Request } from "autocannon";
import { isRunning, sampleRss, type Server } from "./process";

export interface LoadSettings {
  connections: number;
  /** Seconds measured. */
  duration: number;
  /** Seconds of warm-up before the measured run. */
  warmup: number;
}

export interface Measurement {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  statuses: Record<string, number>;
  peakRss: number;
  /** What `x-nextjs-cache` said on the probe requests, e.g. { HIT: 10 } or { "none": 10 }. */
  cache: Record<string, number>;
  /** What `Cache-Control` said on the probe requests ("no-store" for any value holding it). */
  cacheControl: Record<string, number>;
}

const PROBES = 3;
/** autocannon counts a request unanswered after this long as an error (its default is 10 s). */
const REQUEST_TIMEOUT_S = 30;

type Probes = Pick<Measurement, "cache" | "cacheControl">;

const count = (tally: Record<string, number>, key: string) => {
  tally[key] = (tally[key] ?? 0) + 1;
};

/**
 * Next.js 16 sends `x-nextjs-cache: HIT` for a prerendered route in draft mode too, though that
 * render skips the cache; draft mode shows in `Cache-Control: private, no-cache, no-store, …`.
 */
async function probeCache(url: string, headers: Record<string, string>, seen: Probes): Promise<void> {
  for (let i = 0; i < PROBES; i++) {
    const response = await get(url, headers);
    count(seen.cache, header(response, "x-nextjs-cache") ?? "none");
    const cacheControl = header(response, "cache-control") ?? "none";
    count(seen.cacheControl, /no-store/.test(cacheControl) ? "no-store" : cacheControl);
  }
}

const header = (response: IncomingMessage, name: string) => [response.headers[name] ?? []].flat()[0];

/**
 * One GET on a connection of its own, read to the end. (A pooled keep-alive connection may be
 * one the server is just closing after a load run, which fails the probe with ECONNRESET.)
 */
function get(url: string, headers: Record<string, string>): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers, agent: false }, (response) => {
        response.on("data", () => {});
        response.on("end", () => resolve(response));
        response.on("error", reject);
      })
      .on("error", reject);
  });
}

/** Runs `step`; when it fails because the server died, says so with the server's last words. */
async function guard<T>(server: Server, path: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (!isRunning(server)) throw new Error(`${server.name} stopped during the run on ${path} (${exitOf(server)}):\n${server.log()}`, { cause: error });
    throw error;
  }
}

const exitOf = (server: Server) => `exit code ${server.child.exitCode ?? "–"}, signal ${server.child.signalCode ?? "–"}`;

export async function measure(
  server: Server,
  path: string,
  settings: LoadSettings,
  opts: { headers?: Record<string, string>; requests?: Request[]; onMeasuredStart?: () => void } = {},
): Promise<Measurement> {
  const url = `${server.origin}${path}`;
  const headers = opts.headers ?? {};
  const base = { url, connections: settings.connections, headers, timeout: REQUEST_TIMEOUT_S, ...(opts.requests ? { requests: opts.requests } : {}) };
  if (settings.warmup > 0) await guard(server, path, () => autocannon({ ...base, duration: settings.warmup }));
  const probes: Probes = { cache: {}, cacheControl: {} };
  if (!opts.requests) await guard(server, path, () => probeCache(url, headers, probes));
  opts.onMeasuredStart?.();
  const rss = sampleRss(server);
  const result = await guard(server, path, () => autocannon({ ...base, duration: settings.duration }));
  const peakRss = rss.stop();
  if (!isRunning(server)) throw new Error(`${server.name} stopped during the run on ${path} (${exitOf(server)}):\n${server.log()}`);
  if (!opts.requests) await guard(server, path, () => probeCache(url, headers, probes));
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats).map(([status, { count }]) => [status, count]));
  return {
    requests: result.requests.total,
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    statuses,
    peakRss,
    ...probes,
  };
}
