/**
 * Child processes of the benchmark: commands run to completion, servers started in their own
 * process group (so stopping one stops everything under it), and the resident memory of a
 * server's process tree sampled from /proc.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

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

function parentOf(pid: number): number | null {
  try {
    // The command name (field 2) may hold spaces and parentheses; the fields after its last ")" do not.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

function rssKb(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** A process and all its descendants. */
function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    const parent = parentOf(pid);
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const tree: number[] = [];
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/**
 * Samples the resident memory of a server's process tree every `intervalMs` until stopped and
 * returns the peak, in bytes. The tree itself is re-read once a second (reading every entry of
 * /proc ten times a second would cost the load generator CPU it needs).
 */
export function sampleRss(server: Server, intervalMs = 100): { stop: () => number } {
  const pid = server.child.pid;
  if (pid === undefined) throw new Error(`${server.name} has no process id.`);
  let tree = processTree(pid);
  let samples = 0;
  let peak = 0;
  const sample = () => {
    if (++samples % Math.max(1, Math.round(1000 / intervalMs)) === 0) tree = processTree(pid);
    peak = Math.max(peak, tree.reduce((sum, p) => sum + rssKb(p), 0) * 1024);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}
