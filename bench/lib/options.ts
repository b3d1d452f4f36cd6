/** Command-line options shared by `npm run bench` and `npm run page-weight`. */
import { parseArgs } from "node:util";
import type { DatabaseSize } from "./database";

export const DEFAULT_SCALE = 100_000;
export const DEFAULT_PORT = 3400;

export interface CommonOptions {
  size: DatabaseSize;
  build: boolean;
  /** Masthead's port; the baselines use the next two. */
  port: number;
}

const common = {
  scale: { type: "string" },
  demo: { type: "boolean", default: false },
  "no-build": { type: "boolean", default: false },
  port: { type: "string" },
  help: { type: "boolean", default: false },
} as const;

function positiveInt(name: string, raw: string | undefined, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max) throw new UsageError(`--${name} must be a whole number from 1 to ${max} (got "${raw}").`);
  return Number(raw);
}

export class UsageError extends Error {}

export const COMMON_USAGE = `  --scale <n>   database of n articles, made by \`npm run db:seed -- --scale n\` (default ${DEFAULT_SCALE})
  --demo        the demo newsroom instead (\`npm run db:seed\`)
  --no-build    reuse the existing production builds instead of building
  --port <p>    Masthead on p, the baselines on p+1 and p+2 (default ${DEFAULT_PORT})`;

export function parseOptions<T extends Record<string, { type: "string" | "boolean"; default?: string | boolean }>>(argv: string[], extra: T) {
  const { values } = parseArgs({ args: argv, options: { ...common, ...extra }, strict: true, allowPositionals: false });
  const v = values as Record<string, string | boolean | undefined>;
  if (v.demo && v.scale !== undefined) throw new UsageError("Choose --scale or --demo, not both.");
  const options: CommonOptions = {
    size: v.demo ? { kind: "demo" } : { kind: "scale", articles: positiveInt("scale", v.scale as string | undefined, DEFAULT_SCALE, 10_000_000) },
    build: !v["no-build"],
    port: positiveInt("port", v.port as string | undefined, DEFAULT_PORT, 65_533),
  };
  return { options, values: v, help: Boolean(v.help), positiveInt };
}
