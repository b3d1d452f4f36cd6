/**
 * scripts/start.sh, the one way the production server is started: the heap limit it adds, what
 * it leaves to the operator, and the arguments it passes on. A stand-in `node` on PATH reports
 * what it was started with instead of starting Next.js.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const script = path.resolve(import.meta.dirname, "start.sh");
const fakeBin = fs.mkdtempSync(path.join(os.tmpdir(), "masthead-start-"));
fs.writeFileSync(path.join(fakeBin, "node"), '#!/usr/bin/env bash\nprintf \'%s\\n\' "NODE_OPTIONS=${NODE_OPTIONS:-}" "MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-}" "$@"\n', { mode: 0o755 });

function start(nodeOptions: string | undefined, ...args: string[]): { nodeOptions: string; arenas: string; argv: string[] } {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${fakeBin}:${process.env.PATH}` };
  delete env.NODE_OPTIONS;
  delete env.MALLOC_ARENA_MAX;
  if (nodeOptions !== undefined) env.NODE_OPTIONS = nodeOptions;
  const [first = "", second = "", ...argv] = execFileSync("bash", [script, ...args], { env, encoding: "utf8" }).trimEnd().split("\n");
  return { nodeOptions: first.replace(/^NODE_OPTIONS=/, ""), arenas: second.replace(/^MALLOC_ARENA_MAX=/, ""), argv };
}

describe("scripts/start.sh", () => {
  it("starts next start with the heap capped at 256 MB and the peer address and the drain preloaded, passing its arguments on", () => {
    const { nodeOptions, argv } = start(undefined, "-H", "127.0.0.1", "-p", "4000");
    expect(nodeOptions).toBe("--max-old-space-size=256");
    expect(start(undefined).arenas).toBe("2");
    expect(argv).toEqual(["--require", "./scripts/preload-server.cjs", "node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", "4000"]);
  });

  it("keeps the operator's other Node.js options", () => {
    expect(start("--enable-source-maps").nodeOptions).toBe("--enable-source-maps --max-old-space-size=256");
  });

  it("leaves a heap limit the operator chose alone", () => {
    expect(start("--max-old-space-size=512").nodeOptions).toBe("--max-old-space-size=512");
    expect(start("--enable-source-maps --max-old-space-size=1024").nodeOptions).toBe("--enable-source-maps --max-old-space-size=1024");
  });
});
