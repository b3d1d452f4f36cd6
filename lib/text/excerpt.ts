/**
 * Short plain-text summaries. Pure module: safe to import from server and client code.
 */

export const DEFAULT_EXCERPT_LENGTH = 200;

const ELLIPSIS = "…";

/**
 * The first `maxLength` characters of `text` (whitespace collapsed), cut at a word boundary and
 * ending in "…" when anything was cut. A single overlong word is cut mid-word.
 */
export function excerpt(text: string, maxLength: number = DEFAULT_EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/gu, " ").trim();
  if (flat.length <= maxLength) return flat;

  const window = flat.slice(0, maxLength + 1);
  const lastSpace = window.lastIndexOf(" ");
  let cut = lastSpace >= maxLength / 2 ? window.slice(0, lastSpace) : flat.slice(0, maxLength);
  // Never end on half of a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  // Drop punctuation that would dangle before the ellipsis.
  cut = cut.replace(/[\s,;:.\-–—(\[{"'“‘]+$/u, "");
  return `${cut}${ELLIPSIS}`;
}
