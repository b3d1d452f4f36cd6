/**
 * A long-running process a part or the cluster drill starts (an app server, a storage or edge
 * server): its own process group, every output line kept, stopped with a signal and waited for.
 * Whatever way this process ends, none of them outlives it.
 */
import { spawn } from "node:child_process";

export interface ExitResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** From the signal (or kill) to the exit. */
  ms: number;
}

export interface Service {
  pid: number;
  /** Every stdout and stderr line so far, in order. */
  logs(): string[];
  hasExited(): boolean;
  /** Resolves when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends `signal` (SIGTERM by default) and waits for the exit; SIGKILL to the group after 20 s. */
  stop(signal?: NodeJS.Signals): Promise<ExitResult>;
  /** SIGKILL to the process and its children, then waits for the exit. */
  kill9(): Promise<void>;
}

const running = new Set<Service>();
// Whatever way this process ends, nothing started here outlives it.
process.once("exit", () => {
  for (const service of running) killGroup(service.pid);
});

export function spawnService(command: readonly string[], options: { cwd: string; env: Record<string, string | undefined> }): Service {
  const env = Object.fromEntries(Object.entries(options.env).filter(([, v]) => v !== undefined)) as NodeJS.ProcessEnv;
  const child = spawn(command[0]!, command.slice(1), { cwd: options.cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${command.join(" ")}: the process did not start`);

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

  let exitedAt = 0;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once("exit", (code, signal) => {
      exitedAt = Date.now();
      resolve({ code, signal });
    });
  });

  const service: Service = {
    pid,
    logs: () => [...lines],
    hasExited: () => exitedAt > 0,
    exited,
    async stop(signal: NodeJS.Signals = "SIGTERM") {
      const sentAt = Date.now();
      if (!service.hasExited()) signalProcess(pid, signal);
      const timer = setTimeout(() => killGroup(pid), 20_000);
      const result = await exited;
      clearTimeout(timer);
      killGroup(pid); // any child it left behind
      running.delete(service);
      return { ...result, ms: Math.max(0, exitedAt - sentAt) };
    },
    async kill9() {
      killGroup(pid);
      await exited;
      running.delete(service);
    },
  };
  running.add(service);
  void exited.then(() => running.delete(service));
  return service;
}

/** Stops every process still running (SIGKILL after 20 s). */
export async function stopAllServices(): Promise<void> {
  await Promise.all([...running].map((service) => service.stop("SIGTERM")));
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
