/**
 * Word counts and reading-time estimates. Pure module: safe to import from server and client code.
 */

export const DEFAULT_WORDS_PER_MINUTE = 230;

const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Counts whitespace-separated tokens that contain at least one letter or digit, in any script
 * ("don't", "e-mail" and "3.5" count once; a lone "—" does not count).
 */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/u)) {
    if (HAS_LETTER_OR_DIGIT.test(token)) count++;
  }
  return count;
}

/** Whole minutes needed to read `words` words, rounded up, never less than 1. */
export function readingMinutes(words: number, wordsPerMinute: number = DEFAULT_WORDS_PER_MINUTE): number {
  if (!Number.isFinite(wordsPerMinute) || wordsPerMinute <= 0) {
    throw new RangeError("readingMinutes: wordsPerMinute must be a positive number");
  }
  const safeWords = Number.isFinite(words) && words > 0 ? words : 0;
  return Math.max(1, Math.ceil(safeWords / wordsPerMinute));
}
