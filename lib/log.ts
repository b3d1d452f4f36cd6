/**
 * Structured logs: one JSON object per line on stdout/stderr. A line written while serving a
 * request carries that request's id (lib/request/context.ts).
 */
import { currentRequestId } from "@/lib/request/context";

type Fields = Record<string, unknown>;

/** One log line as written; exported for its test. */
export function formatLine(level: "info" | "warn" | "error", event: string, fields: Fields, now = new Date()): string {
  const requestId = currentRequestId();
  return JSON.stringify({ time: now.toISOString(), level, event, ...(requestId ? { requestId } : {}), ...fields });
}

function write(level: "info" | "warn" | "error", event: string, fields: Fields) {
  const line = formatLine(level, event, fields);
  if (level === "info") console.log(line);
  else console.error(line);
}

export const log = {
  info: (event: string, fields: Fields = {}) => write("info", event, fields),
  warn: (event: string, fields: Fields = {}) => write("warn", event, fields),
  error: (event: string, fields: Fields = {}) => write("error", event, fields),
};
