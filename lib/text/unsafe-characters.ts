/**
 * Characters people do not type as text, refused or removed wherever someone's words are stored
 * for others to read (comments, display names): C0 and C1 control characters and DEL (NUL among
 * them), the byte-order mark, and the bidirectional embedding, override and isolate controls,
 * which make text display in another order than it is stored ("Trojan Source", CVE-2021-42574).
 * Letters of any script, emoji sequences with their zero-width joiners, and the left-to-right
 * and right-to-left marks that mixed-direction text needs are ordinary text and are kept.
 */

/** Every such character except the line feed and tab a multi-line text may hold. */
const UNSAFE_IN_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]/gu;

/** In a one-line name, also line breaks and tabs, and the invisible characters that let one name pass for another. */
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u200b\u200e\u200f\u2028-\u202e\u2060\u2066-\u2069\ufeff\ufff9-\ufffb]/u;

/** A text with Unicode's line and paragraph separators made line feeds and the unsafe characters removed. */
export function withoutUnsafeCharacters(text: string): string {
  return text.replace(/[\u2028\u2029]/g, "\n").replace(UNSAFE_IN_TEXT, "");
}

export function isSafeName(name: string): boolean {
  return !UNSAFE_IN_NAME.test(name);
}
