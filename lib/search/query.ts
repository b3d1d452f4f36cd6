/**
 * What a reader typed → a safe SQLite FTS5 MATCH expression, or PostgreSQL tsquery text. Pure.
 *
 * FTS5 has a query language of its own (AND, OR, NOT, NEAR(), column filters `col:`, `^`,
 * `*`, parentheses, phrases), and a malformed expression is an SQL error. Readers type
 * words, not that language, so every word becomes a quoted string, in which FTS5 reads
 * every character literally and leaves the splitting to the tokenizer: `gpt-5` is the
 * phrase "gpt 5", `AND` is the word "and", `col:term` is the phrase "col term". Words are
 * joined by spaces, which FTS5 reads as AND: a result holds every word. The last word also
 * matches as a prefix (`"transf"*` finds "transformer"), so a half-typed query still finds —
 * unless its last token is a single character: every term starting with "a" is most of the
 * index, and merging them took 430 ms on 100,000 stories; "vitamin d" means the letter.
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

/** A reader's query as words FTS5 will see, the last one matching as a prefix or not. */
export interface SearchTerms {
  words: string[];
  prefix: boolean;
}

/** A word's tokens as FTS5's tokenizer (and the PostgreSQL index) split it: on anything but letters and digits. */
function tokens(word: string): string[] {
  return word.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

function lastToken(word: string): string {
  return tokens(word).at(-1) ?? "";
}

/**
 * The words of a reader's query, or null when there is nothing to search for (empty, or only
 * punctuation).
 */
export function parseSearchTerms(input: string): SearchTerms | null {
  const words = parseQueryParam(input)
    .split(" ")
    .filter((word) => HAS_TOKEN.test(word))
    .slice(0, MAX_TERMS);
  const last = words.at(-1);
  if (last === undefined) return null;
  return { words, prefix: Array.from(lastToken(last)).length > 1 };
}

/**
 * The MATCH expression for the terms. `lastAs`, when given, lists the index's terms that start
 * with the last word (lib/search/queries.ts finds them): the last word then matches any of
 * them, which is the prefix match without FTS5 merging their lists into one first.
 *
 *   matchExpression({ words: ["EU", '"AI', "act"], prefix: true })  →  '"EU" """AI" "act"*'
 *   matchExpression({ words: ["eu", "polic"], prefix: true }, ["police", "policy"])
 *     →  '"eu" AND ("police" OR "policy")'
 */
export function matchExpression({ words, prefix }: SearchTerms, lastAs?: readonly string[]): string {
  const whole = words.slice(0, -1).map(quote);
  const last = words.at(-1) ?? "";
  if (lastAs && lastAs.length > 0) {
    const any = lastAs.length === 1 ? quote(lastAs[0] ?? "") : `(${lastAs.map(quote).join(" OR ")})`;
    return [...whole, any].join(" AND ");
  }
  return [...whole, prefix ? `${quote(last)}*` : quote(last)].join(" ");
}

/**
 * The single index term a prefix last word stands for, when FTS5's tokenizer (unicode61,
 * diacritics removed) leaves it whole and its folding is plain lower case: ASCII letters and
 * digits only. Null for anything else, whose prefix is left to FTS5.
 */
export function asciiPrefixTerm({ words, prefix }: SearchTerms): string | null {
  const last = words.at(-1) ?? "";
  return prefix && /^[A-Za-z0-9]+$/.test(last) ? last.toLowerCase() : null;
}

/** The FTS5 MATCH expression for a reader's query (prefix left to FTS5), or null when there is nothing to search for. */
export function toMatchExpression(input: string): string | null {
  const terms = parseSearchTerms(input);
  return terms && matchExpression(terms);
}

/**
 * The terms as text for PostgreSQL's `to_tsquery` on the index's configuration
 * (prisma/postgresql/migrations/…_search): the same contract as matchExpression. Every word is
 * required; a word of several tokens is their phrase (`gpt-5` → `'gpt' <-> '5'`); the last token
 * of the last word matches as a prefix when `prefix`. Tokens hold only letters and digits, so
 * nothing a reader types is read as tsquery syntax; to_tsquery folds case and diacritics as the
 * index does.
 *
 *   tsQueryText({ words: ["EU", "gpt-5"], prefix: false })  →  "'EU' & ('gpt' <-> '5')"
 */
export function tsQueryText({ words, prefix }: SearchTerms): string | null {
  const phrases = words.map((word, i) => {
    const quoted = tokens(word).map((token) => `'${token}'`);
    if (prefix && i === words.length - 1 && quoted.length > 0) quoted[quoted.length - 1] += ":*";
    return quoted.length > 1 ? `(${quoted.join(" <-> ")})` : (quoted[0] ?? "");
  });
  const text = phrases.filter(Boolean).join(" & ");
  return text === "" ? null : text;
}
