/**
 * What a reader typed → a safe SQLite FTS5 MATCH expression. Pure.
 *
 * FTS5 has a query language of its own (AND, OR, NOT, NEAR(), column filters `col:`, `^`,
 * `*`, parentheses, phrases), and a malformed expression is an SQL error. Readers type
 * words, not that language, so every word becomes a quoted string, in which FTS5 reads
 * every character literally and leaves the splitting to the tokenizer: `gpt-5` is the
 * phrase "gpt 5", `AND` is the word "and", `col:term` is the phrase "col term". Words are
 * joined by spaces, which FTS5 reads as AND: a result holds every word. The last word also
 * matches as a prefix (`"transf"*` finds "transformer"), so a half-typed query still finds.
 */

/** Characters of the search box that are looked at; the rest is ignored. */
export const MAX_QUERY_LENGTH = 200;

/** Words of a query that are looked at; the rest are ignored. */
export const MAX_TERMS = 12;

// Control characters (including NUL and the highlight markers of lib/search/highlight.ts).
const CONTROL = /\p{Cc}/gu;
// A word with neither a letter nor a digit (`*`, `-`, `(`, `"`, an emoji) has no token.
const HAS_TOKEN = /[\p{L}\p{N}]/u;

/**
 * The search box's value from a query-string value: the first value, NFC-normalised, with
 * runs of whitespace and control characters made single spaces, trimmed and cut to
 * MAX_QUERY_LENGTH characters (code points, so no surrogate pair is split).
 */
export function parseQueryParam(value: string | string[] | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw) return "";
  const clean = raw.normalize("NFC").replace(CONTROL, " ").replace(/\s+/gu, " ").trim();
  return Array.from(clean).slice(0, MAX_QUERY_LENGTH).join("").trimEnd();
}

/** `word` as an FTS5 string: in double quotes, a double quote inside written twice. */
function quote(word: string): string {
  return `"${word.replaceAll('"', '""')}"`;
}

/**
 * The FTS5 MATCH expression for a reader's query, or null when there is nothing to search
 * for (empty, or only punctuation).
 *
 *   toMatchExpression('EU "AI act')  →  '"EU" """AI" "act"*'
 */
export function toMatchExpression(input: string): string | null {
  const words = parseQueryParam(input)
    .split(" ")
    .filter((word) => HAS_TOKEN.test(word))
    .slice(0, MAX_TERMS);
  if (words.length === 0) return null;
  return words.map((word, i) => (i === words.length - 1 ? `${quote(word)}*` : quote(word))).join(" ");
}
