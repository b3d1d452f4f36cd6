/**
 * A real Varnish with the shipped VCL (lib/edge/vcl.ts, deploy/varnish/masthead.vcl) in front of
 * a small HTTP origin whose answers a test chooses, for the integration tests of the edge and the
 * purger; and plain HTTP requests from a chosen local address (127.0.0.x), as a foreign client.
 */
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { renderVcl, type EdgeVclOptions } from "@/lib/edge/vcl";
import { freePort } from "@/scripts/lib/free-port";
import { startVarnish, type RunningVarnish } from "@/scripts/lib/varnish";

export interface OriginAnswer {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Sends the headers and half the body, then drops the connection: a server dying mid-answer. */
  dies?: boolean;
}

export interface SeenRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
}

export interface TestOrigin {
  port: number;
  /** Every request the origin received, in order. */
  seen: SeenRequest[];
  /** How the origin answers a path (without its query); the default is a public page keyed by its path. */
  answer: (pathname: string, answer: (request: SeenRequest, count: number) => OriginAnswer) => void;
  /** Requests for `pathname` (query included when given). */
  hits: (url: string) => number;
  /** Stop answering: connections are refused until `start()`. */
  stop: () => Promise<void>;
  start: () => Promise<void>;
}

/** A public page as Masthead's origin sends it: cacheable by a shared cache, with its keys. */
export function publicPage(keys: string, body: string, cacheControl = "s-maxage=60, stale-while-revalidate=3540"): OriginAnswer {
  return { headers: { "Cache-Control": cacheControl, "Content-Type": "text/html; charset=utf-8", xkey: keys, "Surrogate-Key": keys }, body };
}

export async function startTestOrigin(): Promise<TestOrigin> {
  const port = await freePort();
  const seen: SeenRequest[] = [];
  const answers = new Map<string, (request: SeenRequest, count: number) => OriginAnswer>();
  const counts = new Map<string, number>();
  const handler: http.RequestListener = (req, res) => {
    const request = { method: req.method ?? "GET", url: req.url ?? "/", headers: req.headers };
    seen.push(request);
    const pathname = request.url.split("?")[0]!;
    const count = (counts.get(pathname) ?? 0) + 1;
    counts.set(pathname, count);
    req.resume();
    req.on("end", () => {
      const answer =
        answers.get(pathname)?.(request, count) ??
        (pathname === "/api/health"
          ? { headers: { "Cache-Control": "no-store", "Content-Type": "application/json" }, body: '{"status":"ok"}' }
          : publicPage(`site page:${pathname}`, `${pathname} #${count}`));
      const body = answer.body ?? "";
      if (answer.dies) {
        res.writeHead(answer.status ?? 200, { ...answer.headers, "Content-Length": String(Buffer.byteLength(body)) });
        res.write(body.slice(0, Math.floor(body.length / 2)), () => setTimeout(() => res.socket?.destroy(), 20));
        return;
      }
      res.writeHead(answer.status ?? 200, answer.headers ?? {});
      res.end(body);
    });
  };
  let server: http.Server | null = null;
  const sockets = new Set<net.Socket>();
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const s = http.createServer(handler);
      s.on("connection", (socket) => {
        sockets.add(socket);
        socket.on("close", () => sockets.delete(socket));
      });
      s.once("error", reject);
      s.listen(port, "127.0.0.1", () => {
        server = s;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
      server = null;
    });
  await start();
  return {
    port,
    seen,
    answer: (pathname, answer) => answers.set(pathname, answer),
    hits: (url) => seen.filter((r) => (url.includes("?") ? r.url === url : r.url.split("?")[0] === url)).length,
    stop,
    start,
  };
}

/** A Varnish with the shipped VCL in front of `origins`, in a directory of its own; stop it after. */
export async function startTestEdge(origins: readonly { port: number }[], options: Partial<EdgeVclOptions> = {}): Promise<RunningVarnish> {
  const port = await freePort();
  return startVarnish({
    vcl: renderVcl({
      backends: origins.map((o) => ({ host: "127.0.0.1", port: o.port })),
      purgers: ["127.0.0.1"],
      siteName: "The Test Gazette",
      probeIntervalSeconds: 1,
      ...options,
    }),
    dir: path.join(os.tmpdir(), `masthead-edge-${port}`),
    port,
    storageMb: 32,
  });
}

export interface PlainResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One request on a connection of its own, from `localAddress` (any 127.0.0.x works on Linux), never decompressed. */
export function send(
  base: string,
  pathAndQuery: string,
  { method = "GET", headers = {}, localAddress }: { method?: string; headers?: Record<string, string>; localAddress?: string } = {},
): Promise<PlainResponse> {
  const url = new URL(pathAndQuery, base);
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers: { connection: "close", ...headers }, localAddress, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("latin1") }));
      // The connection closed before the whole body came: a response cut off.
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

export interface NetworkLink {
  /** Where to connect instead of the target. */
  url: string;
  /** Every connection through the link is dropped, and new ones are refused, until `restore()`. */
  cut: () => void;
  restore: () => void;
  close: () => Promise<void>;
}

/** A TCP link to 127.0.0.1:`targetPort` that a test can cut, like a network between two hosts. */
export async function startLink(targetPort: number): Promise<NetworkLink> {
  const port = await freePort();
  let up = true;
  const open = new Set<net.Socket>();
  const server = net.createServer((client) => {
    if (!up) return client.destroy();
    const target = net.connect({ host: "127.0.0.1", port: targetPort });
    for (const socket of [client, target]) {
      open.add(socket);
      socket.on("close", () => open.delete(socket));
      socket.on("error", () => {
        client.destroy();
        target.destroy();
      });
    }
    client.pipe(target).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    cut: () => {
      up = false;
      for (const socket of open) socket.destroy();
    },
    restore: () => {
      up = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Resolves when `condition` holds, trying every 100 ms for up to `timeoutMs` (a wait, not a measurement). */
export async function until(condition: () => Promise<boolean> | boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const giveUpAt = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > giveUpAt) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
