/**
 * Ghost's redirects file (`redirects.yaml`, or the older `redirects.json`), kept outside its
 * content export. Each rule is a regular expression on the path; the plain ones (a fixed path,
 * optionally anchored, with or without its trailing slash) become old addresses of what their
 * target became. Rules with real patterns are counted and left out. Pure.
 */
import { parse } from "yaml";
import { AppError } from "@/lib/errors";
import { normaliseLegacyPath } from "@/lib/redirects/legacy-paths";

export interface GhostRedirects {
  rules: { from: string; to: string }[];
  /** Rules that match by pattern, not one fixed path. */
  patterns: number;
}

/** A rule's `from` as one fixed path, or null when it is a pattern. */
export function fixedPath(from: string): string | null {
  const plain = from
    .replace(/^\^/, "")
    .replace(/\$$/, "")
    .replace(/\/\?$/, "/")
    .replace(/\\\//g, "/")
    .replace(/\\\./g, ".")
    .replace(/\\-/g, "-");
  if (/[\\()[\]{}*+?|^$]/.test(plain)) return null;
  return normaliseLegacyPath(plain.startsWith("/") ? plain : `/${plain}`);
}

export function parseGhostRedirects(text: string, file = "The redirects file"): GhostRedirects {
  let raw: unknown;
  try {
    raw = text.trimStart().startsWith("[") ? JSON.parse(text) : parse(text);
  } catch (error) {
    throw new AppError("INVALID_INPUT", `${file} is neither YAML nor JSON Ghost can read (${error instanceof Error ? error.message.split("\n")[0] : ""}). Nothing was imported.`);
  }
  const pairs: [string, string][] = [];
  if (Array.isArray(raw)) {
    for (const r of raw as { from?: unknown; to?: unknown }[]) if (typeof r?.from === "string" && typeof r?.to === "string") pairs.push([r.from, r.to]);
  } else if (raw && typeof raw === "object") {
    for (const group of Object.values(raw as Record<string, unknown>)) {
      if (group && typeof group === "object") for (const [from, to] of Object.entries(group)) if (typeof to === "string") pairs.push([from, to]);
    }
  } else if (raw !== null && raw !== undefined) {
    throw new AppError("INVALID_INPUT", `${file} holds no redirect rules (expected "301:" and "302:" lists). Nothing was imported.`);
  }
  const rules: GhostRedirects["rules"] = [];
  let patterns = 0;
  for (const [from, to] of pairs) {
    const path = fixedPath(from);
    const target = normaliseLegacyPath(to);
    if (path && target) rules.push({ from: path, to: target });
    else patterns += 1;
  }
  return { rules, patterns };
}
