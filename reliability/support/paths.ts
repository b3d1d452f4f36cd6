/** Where the reliability suite keeps its build and its databases. */
import path from "node:path";

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
/** The production build the suite serves (relative to ROOT, as NEXT_DIST_DIR expects). */
export const RELIABILITY_DIST_DIR = ".next-reliability";
/** Databases, uploads and scratch files; gitignored. */
export const RELIABILITY_DATA_DIR = path.join(ROOT, ".reliability");
