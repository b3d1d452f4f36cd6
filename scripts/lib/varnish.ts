/**
 * Starts a Varnish of our own: our VCL (lib/edge/vcl.ts), our working directory (`-n`), our port,
 * in the foreground as a child of this process, never the system's service. Used by
 * `npm run demo:edge`, the browser and integration tests through the edge, the benchmark and the
 * cluster drill's edge host.
 * Varnish comes from Debian's `varnish` and `varnish-modules` (scripts/ensure-varnish.sh).
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { waitForPort } from "./free-port";

export interface VarnishInstallation {
  varnishd: string;
  vmodPath: string;
}

/** Where varnishd and the xkey module are (VARNISHD and VARNISH_VMOD_PATH override). */
export function findVarnish(env: NodeJS.ProcessEnv = process.env): VarnishInstallation {
  const varnishd = [env.VARNISHD, "/usr/sbin/varnishd", "/usr/bin/varnishd"].find((candidate) => candidate && fs.existsSync(candidate));
  const libRoots = fs.existsSync("/usr/lib") ? fs.readdirSync("/usr/lib").map((d) => path.join("/usr/lib", d, "varnish/vmods")) : [];
  const vmodPath = [env.VARNISH_VMOD_PATH, "/usr/lib/varnish/vmods", ...libRoots].find(
    (dir) => dir && fs.existsSync(path.join(dir, "libvmod_xkey.so")),
  );
  if (!varnishd || !vmodPath) {
    throw new Error("Varnish with the xkey module is not installed: run bash scripts/ensure-varnish.sh (Debian's varnish and varnish-modules)");
  }
  return { varnishd, vmodPath };
}

export interface StartVarnishOptions {
  /** The whole VCL to load. */
  vcl: string;
  /** A directory of this instance's own: its VCL file and varnishd's working directory go there. */
  dir: string;
  host?: string;
  port: number;
  /** Cache size in MB (default 256). */
  storageMb?: number;
  /** Pin varnishd to these CPUs (`taskset -c`), for the benchmark. */
  cpus?: string;
  /** Extra `-p name=value` runtime parameters. */
  params?: Record<string, string>;
  /** Runs varnishd through this command, such as `ip netns exec <host>` (the cluster drill). */
  prefix?: readonly string[];
}

export interface RunningVarnish {
  url: string;
  host: string;
  port: number;
  pid: number;
  /** Everything varnishd printed, for a test's failure message. */
  output: () => string;
  stop: () => Promise<void>;
}

export async function startVarnish(options: StartVarnishOptions): Promise<RunningVarnish> {
  const { varnishd, vmodPath } = findVarnish();
  const host = options.host ?? "127.0.0.1";
  fs.rmSync(options.dir, { recursive: true, force: true });
  fs.mkdirSync(options.dir, { recursive: true });
  const vclFile = path.join(options.dir, "masthead.vcl");
  fs.writeFileSync(vclFile, options.vcl);
  const args = [
    "-F",
    "-n", path.join(options.dir, "varnishd"),
    "-a", `${host}:${options.port}`,
    "-f", vclFile,
    "-s", `malloc,${options.storageMb ?? 256}m`,
    "-p", `vmod_path=${vmodPath}`,
    ...Object.entries(options.params ?? {}).flatMap(([name, value]) => ["-p", `${name}=${value}`]),
  ];
  const [command, ...commandArgs] = [...(options.prefix ?? []), ...(options.cpus ? ["taskset", "-c", options.cpus] : []), varnishd, ...args];
  const child: ChildProcess = spawn(command!, commandArgs, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let running = true;
  child.once("exit", () => (running = false));

  const stop = async () => {
    if (!running) return;
    child.kill("SIGTERM");
    const killed = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(killed);
  };

  try {
    await waitForPort(host, options.port, { timeoutMs: 60_000, stillRunning: () => running });
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output}`);
  }
  return { url: `http://${host.includes(":") ? `[${host}]` : host}:${options.port}`, host, port: options.port, pid: child.pid!, output: () => output, stop };
}
