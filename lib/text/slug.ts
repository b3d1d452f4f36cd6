/**
 * URL slugs: lowercase ASCII letters and digits separated by single dashes.
 * Pure module: safe to import from server and client code.
 */

export const SLUG_MAX_LENGTH = 80;

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Letters that NFKD does not decompose into a base letter plus combining marks. */
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ł: "l",
  ø: "o",
  ß: "ss",
  æ: "ae",
  đ: "d",
  œ: "oe",
  ð: "d",
  þ: "th",
  ı: "i",
};

const EXTRA_FOLD_PATTERN = new RegExp(`[${Object.keys(EXTRA_FOLDS).join("")}]`, "g");

/** Turns arbitrary text into a slug, or "" when it contains no (Latin-foldable) letters or digits. */
export function slugify(input: string): string {
  const folded = input
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(EXTRA_FOLD_PATTERN, (ch) => EXTRA_FOLDS[ch] ?? ch);
  const dashed = folded.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return truncateSlug(dashed, SLUG_MAX_LENGTH);
}

/**
 * Shortens a slug to at most `max` characters. Cuts at the last dash when that keeps at least half
 * of the allowed length, otherwise cuts mid-word.
 */
function truncateSlug(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const head = slug.slice(0, max);
  if (slug[max] === "-") return head;
  const lastDash = head.lastIndexOf("-");
  const cut = lastDash >= max / 2 ? head.slice(0, lastDash) : head;
  return cut.replace(/-+$/, "");
}

export function isValidSlug(s: string): boolean {
  return s.length >= 1 && s.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(s);
}

const MAX_ATTEMPTS = 10_000;

/**
 * Returns `base` if it is free, else the first free `base-2`, `base-3`, … (the base is shortened when
 * needed so the result stays within the maximum slug length). `base` must be a non-empty slug.
 */
export function uniqueSlug(base: string, taken: (slug: string) => boolean): string {
  if (base === "") throw new RangeError("uniqueSlug: base must be a non-empty slug");
  if (!taken(base)) return base;
  for (let n = 2; n <= MAX_ATTEMPTS; n++) {
    const suffix = `-${n}`;
    const stem = base.slice(0, SLUG_MAX_LENGTH - suffix.length).replace(/-+$/, "");
    const candidate = `${stem}${suffix}`;
    if (!taken(candidate)) return candidate;
  }
  throw new RangeError(`uniqueSlug: no free slug for "${base}" after ${MAX_ATTEMPTS} attempts`);
}
