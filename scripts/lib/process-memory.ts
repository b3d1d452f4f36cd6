/**
 * The resident memory of a process and everything it started, read from /proc (Linux): what the
 * benchmark and the reliability suite report as a server's memory.
 */
import { readdirSync, readFileSync } from "node:fs";

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

/** The resident memory of a process tree now, in bytes. */
export function treeRss(rootPid: number): number {
  return processTree(rootPid).reduce((sum, p) => sum + rssKb(p), 0) * 1024;
}

/**
 * Samples the resident memory of a process tree every `intervalMs` until stopped and returns the
 * peak, in bytes. The tree itself is re-read once a second (reading every entry of /proc ten times
 * a second would cost the load generator CPU it needs).
 */
export function sampleTreeRss(rootPid: number, intervalMs = 100): { stop: () => number } {
  let tree = processTree(rootPid);
  let samples = 0;
  let peak = 0;
  const sample = () => {
    if (++samples % Math.max(1, Math.round(1000 / intervalMs)) === 0) tree = processTree(rootPid);
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
