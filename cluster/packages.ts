/**
 * What the drill needs from Debian's packages, installed with apt-get when a program is missing
 * (as the browser tests install Chromium): iproute2 for `ip netns`, Varnish with its xkey module for
 * the edge (scripts/ensure-varnish.sh), and PostgreSQL (scripts/lib/postgres-server.ts installs
 * that one itself).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../reliability/support/paths";

interface Need {
  /** A program the package provides, looked up on PATH and in /usr/sbin. */
  program: string;
  pkg: string;
}

const NEEDS: Need[] = [{ program: "ip", pkg: "iproute2" }];

function has(program: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${program}`], { stdio: "ignore" }).status === 0 || fs.existsSync(`/usr/sbin/${program}`);
}

export function ensureDebianPackages(): void {
  if (spawnSync("bash", [path.join(ROOT, "scripts/ensure-varnish.sh")], { stdio: ["ignore", "ignore", "inherit"] }).status !== 0) {
    throw new Error("Varnish with the xkey module could not be installed (scripts/ensure-varnish.sh)");
  }
  const missing = NEEDS.filter((need) => !has(need.program)).map((need) => need.pkg);
  if (missing.length === 0) return;
  console.error(`Installing Debian's ${missing.join(", ")} (once)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const install = () => spawnSync("apt-get", ["install", "-y", "--no-install-recommends", ...missing], { stdio: ["ignore", "ignore", "inherit"], env }).status === 0;
  if (!install()) {
    spawnSync("apt-get", ["update"], { stdio: ["ignore", "ignore", "inherit"], env });
    if (!install()) throw new Error(`apt-get could not install ${missing.join(", ")}`);
  }
  const still = NEEDS.filter((need) => !has(need.program));
  if (still.length > 0) throw new Error(`${still.map((n) => n.program).join(", ")} still missing after installing ${missing.join(", ")}`);
}
