/**
 * Turns a comment's plain text into paragraphs of text and links, for React to render as
 * text nodes: user input is never turned into HTML. Pure.
 */

export type CommentSegment = { kind: "text"; text: string } | { kind: "link"; href: string; text: string };
/** A paragraph is a list of lines; each line a list of segments. */
export type CommentParagraph = CommentSegment[][];

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+/giu;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"»”’]+$/u;

export function linkifyLine(line: string): CommentSegment[] {
  const segments: CommentSegment[] = [];
  let last = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    const start = match.index;
    let url = match[0];
    const trailing = TRAILING_PUNCTUATION.exec(url)?.[0] ?? "";
    // Keep a closing parenthesis that belongs to the URL, e.g. …/Foo_(bar).
    const keep = trailing.startsWith(")") && url.includes("(") ? 1 : 0;
    url = url.slice(0, url.length - trailing.length + keep);
    if (!isSafeHttpUrl(url)) continue;
    if (start > last) segments.push({ kind: "text", text: line.slice(last, start) });
    segments.push({ kind: "link", href: url, text: url });
    last = start + url.length;
  }
  if (last < line.length) segments.push({ kind: "text", text: line.slice(last) });
  return segments;
}

function isSafeHttpUrl(candidate: string): boolean {
  try {
    const url = new URL(candidate);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

export function formatCommentBody(body: string): CommentParagraph[] {
  return body
    .replace(/\r\n?/g, "\n")
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => p.split("\n").map(linkifyLine));
}
