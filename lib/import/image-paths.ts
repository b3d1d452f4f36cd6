/**
 * Which upload an image address in an old site's body points at, by a rule that is plain data (so
 * a worker thread converting bodies can apply it too). Pure.
 */

export interface ImagePathRule {
  /** Address prefixes of the old site's uploads: `http://site/wp-content/uploads/`, `__GHOST_URL__/content/images/`. */
  bases: string[];
  /** WordPress: a resized copy (`name-300x169.jpg`) stands for its original when the export lists it here. */
  originals: string[];
  /** Ghost: its resized copies live under `size/w600/` (and `format/webp/`) in front of the path. */
  sizeFolders: boolean;
}

/** The uploads path (e.g. `2026/11/x.jpg`) an image address points at, or null for an image from elsewhere. */
export function imagePathOf(rule: ImagePathRule, src: string, originals: ReadonlySet<string> = new Set(rule.originals)): string | null {
  const base = rule.bases.find((b) => src.startsWith(b));
  if (base === undefined) return null;
  let path = src.slice(base.length).split(/[?#]/)[0] ?? "";
  try {
    path = decodeURIComponent(path);
  } catch {
    // Keep it as written.
  }
  if (rule.sizeFolders) path = path.replace(/^size\/w\d+(?:h\d+)?\//, "").replace(/^format\/\w+\//, "");
  const original = path.replace(/-\d+x\d+(\.\w+)$/, "$1");
  return original !== path && originals.has(original) ? original : path;
}
