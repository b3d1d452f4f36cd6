/**
 * What runs on each host of the drill, each inside its own network namespace and listening on its
 * own address only: PostgreSQL (the database host), the S3-protocol server (the storage host), the
 * production build (two app hosts) and the edge.
 */
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../reliability/support/paths";
import { spawnService, type Service } from "../reliability/support/process";
import { startServer, type RunningServer } from "../reliability/support/server";
import { startPostgres, type PostgresServer } from "../scripts/lib/postgres-server";
import { TEST_S3_ACCESS_KEY_ID, TEST_S3_REGION, TEST_S3_SECRET_ACCESS_KEY } from "../scripts/lib/s3-server";
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
  service: Service;
  /** What the edge printed and logged. */
  logs(): string[];
}

/**
 * The edge on its host: nginx from Debian's packages as a plain round-robin proxy over the app
 * servers, passing a request to the other server when one refuses the connection or fails before
 * answering (nginx's passive health check), and appending the client's address to X-Forwarded-For.
 */
export async function startEdgeHost(host: Host, backends: readonly string[], dir: string): Promise<EdgeHost> {
  fs.mkdirSync(dir, { recursive: true });
  const conf = path.join(dir, "nginx.conf");
  fs.writeFileSync(conf, nginxConfig(host.address, backends, dir));
  const service = spawnService([...host.exec, "nginx", "-p", dir, "-e", path.join(dir, "error.log"), "-c", conf], { cwd: dir, env: process.env });
  const url = `http://${host.address}:${PORTS.edge}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5000) }).then((r) => r.arrayBuffer());
      const errorLog = path.join(dir, "error.log");
      return { url, service, logs: () => [...service.logs(), ...(fs.existsSync(errorLog) ? fs.readFileSync(errorLog, "utf8").split("\n") : [])] };
    } catch {
      if (service.hasExited() || Date.now() > deadline) {
        await service.kill9();
        const log = fs.existsSync(path.join(dir, "error.log")) ? fs.readFileSync(path.join(dir, "error.log"), "utf8") : "";
        throw new Error(`the edge on ${host.address} did not start:\n${service.logs().join("\n")}\n${log}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

function nginxConfig(address: string, backends: readonly string[], dir: string): string {
  return `daemon off;
user root;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/client-body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  client_max_body_size 12m;
  upstream masthead {
${backends.map((b) => `    server ${b} max_fails=1 fail_timeout=3s;`).join("\n")}
    keepalive 32;
  }
  server {
    listen ${address}:${PORTS.edge};
    location / {
      proxy_pass http://masthead;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_next_upstream error timeout;
      proxy_next_upstream_tries 2;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
    }
  }
}
`;
}
