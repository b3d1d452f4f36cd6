/**
 * Starts the production build as `npm start` does (scripts/start.sh: `next start` with its heap
 * limit) on 127.0.0.1 against a given SQLite file, with the environment lib/env.ts needs in
 * production. Every server started here is stopped by `stopAllServers()` (run.ts calls it on
 * exit), so a failing part leaves nothing running.
 */
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { freePort } from "../../scripts/lib/free-port";
import { RELIABILITY_DIST_DIR, ROOT } from "./paths";

export interface StartServerOptions {
  /** A free one unless given (a restart passes the port the server had). */
  port?: number;
  /** Absolute path of a SQLite file (see freshDatabase); uploads live beside it in `uploads/`. */
  databaseFile: string;
  /** Added to (or, with `undefined`, removed from) the default environment. */
  env?: Record<string, string | undefined>;
  /** Relative to the repository root; `.next-reliability` by default. */
  distDir?: string;
  /** How long to wait for the first HTTP answer (ms). */
  readyTimeoutMs?: number;
}

export interface ExitResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** From the signal (or kill) to the exit. */
  ms: number;
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

const running = new Set<(signal?: NodeJS.Signals) => Promise<unknown>>();
const runningPids = new Set<number>();
// Whatever way this process ends, no server outlives it.
process.once("exit", () => {
  for (const pid of runningPids) killGroup(pid);
});

/** The uploads folder that belongs to a database file made by freshDatabase. */
export function uploadsDirFor(databaseFile: string): string {
  return path.join(path.dirname(databaseFile), "uploads");
}

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { databaseFile } = options;
  const port = options.port ?? (await freePort());
  if (!path.isAbsolute(databaseFile)) throw new Error(`startServer: databaseFile must be absolute (got ${databaseFile})`);
  if (await portAnswers(port)) throw new Error(`startServer: something already listens on 127.0.0.1:${port}`);

  const url = `http://127.0.0.1:${port}`;
  const env: Record<string, string | undefined> = {
    ...process.env,
    NEXT_PHASE: undefined,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: options.distDir ?? RELIABILITY_DIST_DIR,
    DATABASE_URL: `file:${databaseFile}`,
    DATABASE_AUTH_TOKEN: undefined,
    UPLOADS_DIR: uploadsDirFor(databaseFile),
    SITE_URL: url,
    AUTH_SECRET: RELIABILITY_AUTH_SECRET,
    // No mail server unless a part passes SMTP_URL: sign-in links go to the log.
    SMTP_URL: undefined,
    DEMO_MODE: "true",
    EMAIL_FROM: "Masthead <news@masthead.example>",
    SCHEDULER_INTERVAL_SECONDS: "2",
    ...options.env,
  };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];

  const child = spawn("bash", [path.join(ROOT, "scripts/start.sh"), "-H", "127.0.0.1", "-p", String(port)], {
    cwd: ROOT,
    env: env as NodeJS.ProcessEnv,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error("startServer: the server process did not start");

  const lines: string[] = [];
  const collect = (stream: NodeJS.ReadableStream | null) => {
    let rest = "";
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => {
      const parts = (rest + chunk).split("\n");
      rest = parts.pop() ?? "";
      lines.push(...parts);
    });
    stream?.on("end", () => {
      if (rest) lines.push(rest);
      rest = "";
    });
  };
  collect(child.stdout);
  collect(child.stderr);

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) => {
    child.once("exit", (code, signal) => resolve({ code, signal, at: Date.now() }));
  });
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  const stop = async (signal: NodeJS.Signals = "SIGTERM"): Promise<ExitResult> => {
    const sentAt = Date.now();
    if (!hasExited) signalProcess(pid, signal);
    const timer = setTimeout(() => killGroup(pid), 20_000);
    const result = await exited;
    clearTimeout(timer);
    killGroup(pid); // any child the server left behind
    running.delete(stop);
    return { code: result.code, signal: result.signal, ms: Math.max(0, result.at - sentAt) };
  };
  const kill9 = async () => {
    killGroup(pid);
    await exited;
    running.delete(stop);
  };
  running.add(stop);
  runningPids.add(pid);
  void exited.then(() => runningPids.delete(pid));

  const server: RunningServer = { url, port, pid, logs: () => [...lines], stop, kill9 };
  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  while (!(await answersHttp(url))) {
    if (hasExited) {
      running.delete(stop);
      const { code, signal } = await exited;
      throw new ServerStartError(`the server on port ${port} exited before answering (code ${code}, signal ${signal})`, lines);
    }
    if (Date.now() > deadline) {
      await kill9();
      throw new ServerStartError(`the server on port ${port} did not answer within ${options.readyTimeoutMs ?? 60_000} ms`, lines);
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

/** Stops every server still running (SIGKILL after 20 s). */
export async function stopAllServers(): Promise<void> {
  await Promise.all([...running].map((stop) => stop("SIGTERM")));
}

function signalProcess(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

function killGroup(pid: number) {
  try {
    process.kill(-pid, "SIGKILL");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

async function answersHttp(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5000) });
    await response.arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
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
