/**
 * Starts the production build as `npm start` does (scripts/start.sh: `next start` with its heap
 * limit) on 127.0.0.1 — or on a cluster host's address, inside its network namespace — against a
 * SQLite file or a PostgreSQL database, with the environment lib/env.ts needs in production. Every
 * server started here is stopped by `stopAllServers()` (run.ts calls it on exit), so a failing part
 * leaves nothing running.
 */
import net from "node:net";
import path from "node:path";
import { freePort } from "../../scripts/lib/free-port";
import { RELIABILITY_DIST_DIR, ROOT } from "./paths";
import { spawnService, stopAllServices, type ExitResult } from "./process";
import { isPostgres, type DatabaseRef } from "./sql";

export type { ExitResult } from "./process";

export interface StartServerOptions {
  /** A free one unless given (a restart passes the port the server had). */
  port?: number;
  /**
   * Absolute path of a SQLite file (see freshDatabase; uploads live beside it in `uploads/`), or a
   * PostgreSQL URL (then `env` names the uploads: UPLOADS_DIR, or MEDIA_STORAGE=s3 and its S3_*).
   */
  database: DatabaseRef;
  /** The address the server listens on and is reached at; 127.0.0.1 by default. */
  host?: string;
  /** A command the server runs under, e.g. `ip netns exec <namespace>` for a cluster host. */
  prefix?: readonly string[];
  /** Added to (or, with `undefined`, removed from) the default environment. */
  env?: Record<string, string | undefined>;
  /** Relative to the repository root; `.next-reliability` by default. */
  distDir?: string;
  /** How long to wait for the first HTTP answer (ms). */
  readyTimeoutMs?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  pid: number;
  /** Every stdout and stderr line so far, in order. */
  logs(): string[];
  /** Sends `signal` (SIGTERM by default) and waits for the exit; SIGKILL after 20 s. */
  stop(signal?: NodeJS.Signals): Promise<ExitResult>;
  /** SIGKILL to the server and its children, then waits for the exit. */
  kill9(): Promise<void>;
}

/** The secret every reliability server signs with (≥ 32 characters, as lib/env.ts requires). */
export const RELIABILITY_AUTH_SECRET = "reliability-secret-reliability-secret-0123456789";

/** The uploads folder that belongs to a database file made by freshDatabase. */
export function uploadsDirFor(databaseFile: string): string {
  return path.join(path.dirname(databaseFile), "uploads");
}

/** DATABASE_URL and the uploads folder for a database reference. */
function databaseEnv(database: DatabaseRef, env: StartServerOptions["env"] = {}): Record<string, string> {
  if (isPostgres(database)) {
    if (!env.UPLOADS_DIR && env.MEDIA_STORAGE !== "s3") throw new Error("startServer: a PostgreSQL database needs UPLOADS_DIR or MEDIA_STORAGE=s3 in env");
    return { DATABASE_URL: database };
  }
  if (!path.isAbsolute(database)) throw new Error(`startServer: a SQLite file must be given by its absolute path (got ${database})`);
  return { DATABASE_URL: `file:${database}`, UPLOADS_DIR: uploadsDirFor(database) };
}

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const host = options.host ?? "127.0.0.1";
  const port = options.port ?? (await freePort());
  if (await portAnswers(host, port)) throw new Error(`startServer: something already listens on ${host}:${port}`);

  const url = `http://${host}:${port}`;
  const env: Record<string, string | undefined> = {
    ...process.env,
    NEXT_PHASE: undefined,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: options.distDir ?? RELIABILITY_DIST_DIR,
    DATABASE_AUTH_TOKEN: undefined,
    ...databaseEnv(options.database, options.env),
    SITE_URL: url,
    AUTH_SECRET: RELIABILITY_AUTH_SECRET,
    // No mail server unless a part passes SMTP_URL: sign-in links go to the log.
    SMTP_URL: undefined,
    DEMO_MODE: "true",
    EMAIL_FROM: "Masthead <news@masthead.example>",
    SCHEDULER_INTERVAL_SECONDS: "2",
    // The parts play the proxy in front: each simulated client's address is the X-Forwarded-For entry they send.
    TRUST_PROXY: "1",
    ...options.env,
  };

  const service = spawnService([...(options.prefix ?? []), "bash", path.join(ROOT, "scripts/start.sh"), "-H", host, "-p", String(port)], { cwd: ROOT, env });
  const server: RunningServer = { url, port, pid: service.pid, logs: service.logs, stop: service.stop, kill9: service.kill9 };
  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  while (!(await answersHttp(url))) {
    if (service.hasExited()) {
      const { code, signal } = await service.exited;
      await service.stop();
      throw new ServerStartError(`the server on ${host}:${port} exited before answering (code ${code}, signal ${signal})`, service.logs());
    }
    if (Date.now() > deadline) {
      await service.kill9();
      throw new ServerStartError(`the server on ${host}:${port} did not answer within ${options.readyTimeoutMs ?? 60_000} ms`, service.logs());
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return server;
}

/** Start-up failed; `logs` holds what the server printed (e.g. the bad variable's name). */
export class ServerStartError extends Error {
  constructor(
    message: string,
    readonly logs: string[],
  ) {
    super(`${message}\n${logs.slice(-30).map((l) => `    | ${l}`).join("\n")}`);
    this.name = "ServerStartError";
  }
}

/** Stops every server (and every other process a part started) still running (SIGKILL after 20 s). */
export const stopAllServers = stopAllServices;

async function answersHttp(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5000) });
    await response.arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

/** Whether something accepts connections there (a connection attempt unanswered for 5 s counts as no). */
function portAnswers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const answer = (accepted: boolean) => {
      socket.destroy();
      resolve(accepted);
    };
    socket.setTimeout(5000, () => answer(false));
    socket.once("connect", () => answer(true));
    socket.once("error", () => answer(false));
  });
}

/** Whether the process `pid` is still running. */
export const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** JSON log lines a server printed, parsed; other lines are skipped. */
export function jsonLines(lines: string[]): Record<string, unknown>[] {
  const parsed: Record<string, unknown>[] = [];
  for (const line of lines) {
    if (!line.startsWith("{")) continue;
    try {
      parsed.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      /* not ours */
    }
  }
  return parsed;
}
