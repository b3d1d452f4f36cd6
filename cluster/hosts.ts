/**
 * What runs on each host of the drill, each inside its own network namespace and listening on its
 * own address only: PostgreSQL (the database host), the S3-protocol server (the storage host), the
 * production build (two app hosts) and Varnish (the edge).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { ROOT } from "../reliability/support/paths";
import { spawnService, type Service } from "../reliability/support/process";
import { startServer, type RunningServer } from "../reliability/support/server";
import { renderVcl } from "../lib/edge/vcl";
import { startPostgres, type PostgresServer } from "../scripts/lib/postgres-server";
import { TEST_S3_ACCESS_KEY_ID, TEST_S3_REGION, TEST_S3_SECRET_ACCESS_KEY } from "../scripts/lib/s3-server";
import { startVarnish } from "../scripts/lib/varnish";
import type { Host } from "./network";

/** Each host has a network of its own, so the usual ports serve. */
export const PORTS = { database: 5432, storage: 9000, app: 3000, edge: 80 } as const;
export const MEDIA_BUCKET = "masthead-media";

/** PostgreSQL on the database host, with fsync on: the drill restarts it and counts what survived. */
export function startDatabaseHost(host: Host, subnet: string, dir: string): Promise<PostgresServer> {
  return startPostgres({ host: host.address, port: PORTS.database, prefix: host.exec, durable: true, parent: dir, clients: subnet });
}

export interface StorageHost {
  service: Service;
  /** The environment that points an app server at this storage. */
  mediaEnv: Record<string, string>;
}

/** The S3-protocol server (scripts/s3-server.ts) on the storage host, its objects in `dir`. */
export async function startStorageHost(host: Host, dir: string): Promise<StorageHost> {
  const service = spawnService(
    [...host.exec, process.execPath, path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/s3-server.ts", "--directory", dir, "--bucket", MEDIA_BUCKET, "--address", host.address, "--port", String(PORTS.storage)],
    { cwd: ROOT, env: process.env },
  );
  const deadline = Date.now() + 60_000;
  while (!service.logs().some((line) => line.includes('"s3.ready"'))) {
    if (service.hasExited() || Date.now() > deadline) {
      await service.kill9();
      throw new Error(`the S3-protocol server on ${host.address} did not start:\n${service.logs().slice(-20).join("\n")}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    service,
    mediaEnv: {
      MEDIA_STORAGE: "s3",
      S3_ENDPOINT: `http://${host.address}:${PORTS.storage}`,
      S3_BUCKET: MEDIA_BUCKET,
      S3_REGION: TEST_S3_REGION,
      S3_ACCESS_KEY_ID: TEST_S3_ACCESS_KEY_ID,
      S3_SECRET_ACCESS_KEY: TEST_S3_SECRET_ACCESS_KEY,
    },
  };
}

/** An app host: the production build, started again with the same settings after a stop or a crash. */
export interface AppHost {
  name: string;
  host: Host;
  url: string;
  server(): RunningServer;
  start(): Promise<RunningServer>;
  /** Everything each run of the server printed, oldest run first. */
  logs(): string[];
}

export function appHost(host: Host, settings: { databaseUrl: string; distDir: string; env: Record<string, string> }): AppHost {
  let current: RunningServer | null = null;
  const earlier: string[] = [];
  return {
    name: host.name,
    host,
    url: `http://${host.address}:${PORTS.app}`,
    server() {
      if (!current) throw new Error(`${host.name} has not been started`);
      return current;
    },
    async start() {
      if (current) earlier.push(...current.logs(), `--- ${host.name} started again ---`);
      current = await startServer({
        database: settings.databaseUrl,
        host: host.address,
        port: PORTS.app,
        prefix: host.exec,
        distDir: settings.distDir,
        env: settings.env,
        readyTimeoutMs: 120_000,
      });
      return current;
    },
    logs: () => [...earlier, ...(current?.logs() ?? [])],
  };
}

export interface EdgeHost {
  url: string;
  /**
   * Waits until the edge's health probe counts `app` healthy, i.e. sends it requests (varnishadm
   * backend.list; at most 30 s): the milliseconds it took, or null.
   */
  takesBack(app: AppHost): Promise<number | null>;
  stop(): Promise<void>;
  /** What varnishd printed. */
  logs(): string[];
}

/**
 * The edge on its host: Varnish with the shipped configuration (deploy/varnish/, lib/edge/vcl.ts),
 * both app servers as its backends with health probes every second, purges allowed from the
 * drill's network. The app servers purge it (EDGE_PURGE_URLS).
 */
export async function startEdgeHost(host: Host, backends: readonly AppHost[], subnet: string, dir: string): Promise<EdgeHost> {
  const varnish = await startVarnish({
    vcl: renderVcl({
      backends: backends.map((app) => ({ host: app.host.address, port: PORTS.app })),
      purgers: [subnet],
      siteName: "The Drill Gazette",
      probeIntervalSeconds: 1,
    }),
    dir,
    host: host.address,
    port: PORTS.edge,
    prefix: host.exec,
    storageMb: 128,
  });
  const workDir = path.join(dir, "varnishd");
  const sendsTo = (app: AppHost) => {
    const index = backends.indexOf(app);
    const list = spawnSync(host.exec[0]!, [...host.exec.slice(1), "varnishadm", "-n", workDir, "backend.list"], { encoding: "utf8", timeout: 10_000 });
    const line = list.stdout.split("\n").find((l) => new RegExp(`^\\S*\\bapp_${index + 1}\\s`).test(l));
    return line !== undefined && /\bhealthy\b/.test(line);
  };
  return {
    url: varnish.url,
    async takesBack(app) {
      const started = Date.now();
      while (!sendsTo(app)) {
        if (Date.now() - started > 30_000) return null;
        await new Promise((r) => setTimeout(r, 250));
      }
      return Date.now() - started;
    },
    stop: varnish.stop,
    logs: () => varnish.output().split("\n"),
  };
}
