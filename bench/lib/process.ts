/**
 * Child processes of the benchmark: commands run to completion, servers started in their own
 * process group (so stopping one stops everything under it), and the resident memory of a
 * server's process tree sampled from /proc.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { sampleTreeRss } from "../../scripts/lib/process-memory";

export const root = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");
export const nodeBin = process.execPath;
export const nextBin = `${root}/node_modules/next/dist/bin/next`;

/** Runs a command to completion with its output on this terminal; throws when it fails. */
export function run(command: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): void {
  const result = spawnSync(command, args, { cwd: opts.cwd ?? root, env: opts.env ?? process.env, stdio: "inherit" });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`\`${[command, ...args].join(" ")}\` failed (exit ${result.status ?? result.signal}).`);
}

export interface Server {
  name: string;
  origin: string;
  child: ChildProcess;
  /** The last lines the server wrote, for an error message. */
  log: () => string;
}

export function startServer(name: string, port: number, command: string, args: string[], opts: { cwd?: string; env: NodeJS.ProcessEnv }): Server {
  const child = spawn(command, args, { cwd: opts.cwd ?? root, env: opts.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { name, origin: `http://127.0.0.1:${port}`, child, log: () => log };
}

export function isRunning(server: Server): boolean {
  return server.child.exitCode === null && server.child.signalCode === null;
}

/** Waits until `path` answers 200. */
export async function waitForServer(server: Server, path = "/", timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isRunning(server)) throw new Error(`${server.name} exited before it answered:\n${server.log()}`);
    try {
      const response = await fetch(`${server.origin}${path}`);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${server.name} did not answer ${server.origin}${path} within ${timeoutMs / 1000} s:\n${server.log()}`);
}

export async function stopServer(server: Server): Promise<void> {
  const { pid } = server.child;
  if (pid === undefined || !isRunning(server)) return;
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  try {
    process.kill(-pid, "SIGTERM");
  } catch {
    return; // Already gone.
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // Gone in the meantime.
    }
  }, 5_000);
  await exited;
  clearTimeout(timer);
}

/** Fails when something already answers on the port (it would be measured instead of ours). */
export async function assertPortFree(port: number): Promise<void> {
  const taken = await fetch(`http://127.0.0.1:${port}/`).then(
    (r) => r.arrayBuffer().then(() => true),
    () => false,
  );
  if (taken) throw new Error(`Something already answers on 127.0.0.1:${port}. Stop it, or choose other ports with --port.`);
}

/** Samples the resident memory of a server's process tree until stopped (scripts/lib/process-memory.ts). */
export function sampleRss(server: Server, intervalMs = 100): { stop: () => number } {
  const pid = server.child.pid;
  if (pid === undefined) throw new Error(`${server.name} has no process id.`);
  return sampleTreeRss(pid, intervalMs);
}
