/**
 * The drill's network: one Linux bridge and one network namespace per "host", each joined to
 * the bridge by a veth pair and given its own address in a /24 that no route of this machine
 * uses. The drill itself stays in the machine's own namespace and reaches the hosts through the
 * bridge, only at the addresses made here.
 *
 * Everything is named with this run's tag (`mh` + 4 hex digits), so two runs never share a name,
 * and `destroy()` takes down exactly what `createNetwork` made: the processes inside its
 * namespaces (started by the drill), the namespaces (their veth pairs go with them) and the bridge.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";

export interface Host {
  name: string;
  /** The namespace's name. */
  netns: string;
  address: string;
  /** Prefix for a command run inside the host: `ip netns exec <netns>`. */
  exec: string[];
}

export interface ClusterNetwork<N extends string> {
  tag: string;
  /** The bridge's address: the drill's own side of the network. */
  gateway: string;
  subnet: string;
  hosts: Record<N, Host>;
  /** Kills every process left in the namespaces, removes them and the bridge. Safe to call twice. */
  destroy(): void;
}

function ip(args: string[]): string {
  return execFileSync("ip", args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

const toNumber = (address: string) => address.split(".").reduce((n, part) => n * 256 + Number(part), 0);

/** Whether two IPv4 networks (address, prefix length) share any address. */
function overlaps(a: [number, number], b: [number, number]): boolean {
  const bits = Math.min(a[1], b[1]);
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return ((a[0] & mask) >>> 0) === ((b[0] & mask) >>> 0);
}

/** A 10.231.N.0/24 that no route of this machine (but the default one) overlaps. */
function freeSubnet(): string {
  const routes: [number, number][] = [];
  for (const line of ip(["-4", "route", "show", "table", "all"]).split("\n")) {
    const m = /^(?:(?:local|broadcast|unicast|unreachable|blackhole|prohibit)\s+)?(\d+\.\d+\.\d+\.\d+)(?:\/(\d+))?\b/.exec(line.trim());
    if (m && m[2] !== "0") routes.push([toNumber(m[1]!), Number(m[2] ?? 32)]);
  }
  for (let attempt = 0; attempt < 50; attempt++) {
    const net = `10.231.${1 + Math.floor(Math.random() * 250)}`;
    if (!routes.some((route) => overlaps(route, [toNumber(`${net}.0`), 24]))) return net;
  }
  throw new Error("No free 10.231.N.0/24 subnet: every one tried overlaps a route of this machine");
}

/** Host names in order get addresses .10, .11, …; the bridge is .1. */
export function createNetwork<N extends string>(names: readonly N[]): ClusterNetwork<N> {
  if (process.getuid?.() !== 0) throw new Error("The cluster drill creates network namespaces and must run as root");
  const tag = `mh${randomBytes(2).toString("hex")}`;
  const net = freeSubnet();
  const bridge = `${tag}br`;
  const made: { netns: string[]; bridge: boolean } = { netns: [], bridge: false };
  let destroyed = false;

  const destroy = () => {
    if (destroyed) return;
    destroyed = true;
    for (const netns of made.netns) {
      killAllIn(netns);
      spawnSync("ip", ["netns", "delete", netns], { stdio: "ignore" });
    }
    if (made.bridge) spawnSync("ip", ["link", "delete", bridge], { stdio: "ignore" });
  };
  // Whatever way the drill ends, nothing it made stays behind.
  process.once("exit", destroy);

  try {
    ip(["link", "add", bridge, "type", "bridge"]);
    made.bridge = true;
    ip(["addr", "add", `${net}.1/24`, "dev", bridge]);
    ip(["link", "set", bridge, "up"]);
    const hosts = {} as Record<N, Host>;
    names.forEach((name, i) => {
      const netns = `${tag}-${name}`;
      const veth = `${tag}v${i}`;
      const address = `${net}.${10 + i}`;
      ip(["netns", "add", netns]);
      made.netns.push(netns);
      ip(["link", "add", veth, "type", "veth", "peer", "name", "eth0", "netns", netns]);
      ip(["link", "set", veth, "master", bridge, "up"]);
      ip(["-n", netns, "addr", "add", `${address}/24`, "dev", "eth0"]);
      ip(["-n", netns, "link", "set", "eth0", "up"]);
      ip(["-n", netns, "link", "set", "lo", "up"]);
      hosts[name] = { name, netns, address, exec: ["ip", "netns", "exec", netns] };
    });
    return { tag, gateway: `${net}.1`, subnet: `${net}.0/24`, hosts, destroy };
  } catch (error) {
    destroy();
    throw error;
  }
}

/** The processes running inside a namespace (all of them started by the drill). */
export function processesIn(netns: string): number[] {
  const result = spawnSync("ip", ["netns", "pids", netns], { encoding: "utf8" });
  return (result.stdout ?? "").split(/\s+/).filter(Boolean).map(Number);
}

/** SIGKILL to every process in a namespace: a host losing power. */
export function killAllIn(netns: string): void {
  for (const pid of processesIn(netns)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // gone already
    }
  }
}
