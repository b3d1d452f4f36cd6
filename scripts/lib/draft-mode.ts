/**
 * Next.js's draft mode (an editor's preview): a request carrying `__prerender_bypass` with the
 * build's preview id skips the full-route and data caches and is rendered for that request.
 */
import { readFileSync } from "node:fs";

export function previewModeId(distDir: string): string {
  const manifest = JSON.parse(readFileSync(`${distDir}/prerender-manifest.json`, "utf8")) as { preview?: { previewModeId?: string } };
  const id = manifest.preview?.previewModeId;
  if (!id) throw new Error(`No preview.previewModeId in ${distDir}/prerender-manifest.json.`);
  return id;
}

/** The cookie that puts a request to the build in `distDir` in draft mode. */
export function bypassCookie(distDir: string): string {
  return `__prerender_bypass=${previewModeId(distDir)}`;
}
