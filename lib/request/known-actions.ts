/**
 * The server-action ids of the running build (its server-reference manifest), read once, for the
 * proxy's check of action requests (lib/request/malformed-post.ts). Null where the manifest is not
 * there (a development server), which skips the check.
 */
import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import type { KnownActions } from "@/lib/request/malformed-post";

let known: KnownActions | null | undefined;

export function knownActions(): KnownActions | null {
  if (known !== undefined) return known;
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), env.NEXT_DIST_DIR, "server", "server-reference-manifest.json"), "utf8")) as {
      node?: Record<string, unknown>;
      edge?: Record<string, unknown>;
    };
    known = new Set([...Object.keys(manifest.node ?? {}), ...Object.keys(manifest.edge ?? {})]);
  } catch {
    known = null;
  }
  return known;
}
