/** Tables for the terminal and BENCHMARKS.md, and the machine they were measured on. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { root } from "./process";

export const BENCHMARKS_FILE = `${root}/BENCHMARKS.md`;

export function machine(): string {
  const cpus = os.cpus();
  return [
    `${cpus[0]?.model ?? "unknown CPU"}, ${cpus.length} cores`,
    `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM`,
    `Node.js ${process.version}`,
    `${os.type()} ${os.release()}`,
  ].join(" · ");
}

export const loadAverage = () => os.loadavg()[0]!.toFixed(1);

export const mb = (bytes: number) => (bytes / 1e6).toFixed(0);
export const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
export const kb = (bytes: number) => (bytes / 1000).toFixed(1);
export const percent = (ratio: number) => `${(ratio * 100).toFixed(0)} %`;

/** A Markdown table, with numbers right-aligned and columns padded so it also reads as text. */
export function markdownTable(header: string[], rows: string[][], alignRightFrom = 1): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i >= alignRightFrom ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (i >= alignRightFrom ? `${"-".repeat(w + 1)}:` : `${"-".repeat(w + 2)}`)).join("|")}|`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

/**
 * Replaces one command's section of BENCHMARKS.md (between `<!-- name:start -->` and
 * `<!-- name:end -->`), keeping the other's.
 */
export function writeBenchmarksSection(name: SectionName, content: string): void {
  const text = existsSync(BENCHMARKS_FILE) ? readFileSync(BENCHMARKS_FILE, "utf8") : BENCHMARKS_HEADER;
  writeFileSync(BENCHMARKS_FILE, replaceSection(text, name, content));
}

type SectionName = "bench" | "page-weight" | "edge";

const BENCHMARKS_HEADER = "# Benchmarks\n\nWritten by `npm run bench` and `npm run page-weight`; see docs/performance.md, \"Benchmark and page weight\".\n";

export function replaceSection(text: string, name: SectionName, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${content.trim()}\n${end}`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const replaced = from >= 0 && to > from ? text.slice(0, from) + block + text.slice(to + end.length) : `${text.trimEnd()}\n\n${block}\n`;
  return replaced.endsWith("\n") ? replaced : `${replaced}\n`;
}
