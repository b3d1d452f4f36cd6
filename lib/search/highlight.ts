/**
 * Highlighted text from FTS5's `highlight()` and `snippet()`, which wrap each match in two
 * marker strings of our choosing. The markers are control characters that never occur in
 * article text (lib/search/query.ts strips them from queries too), parsed here into
 * segments. Pure.
 */
import type { HighlightSegment } from "@/lib/search/dto";

export const HIGHLIGHT_START = "\u0002";
export const HIGHLIGHT_END = "\u0003";

/**
 * Splits marked text into segments: text after HIGHLIGHT_START and before HIGHLIGHT_END is
 * highlighted. A stray marker only switches highlighting on or off; neighbours with the same
 * state are merged and empty segments dropped.
 */
export function parseHighlights(marked: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let highlight = false;
  let text = "";
  const flush = () => {
    if (text === "") return;
    const last = segments.at(-1);
    if (last && last.highlight === highlight) last.text += text;
    else segments.push({ text, highlight });
    text = "";
  };
  for (const char of marked) {
    if (char === HIGHLIGHT_START || char === HIGHLIGHT_END) {
      flush();
      highlight = char === HIGHLIGHT_START;
    } else {
      text += char;
    }
  }
  flush();
  return segments;
}

/** Whether any segment is highlighted. */
export function hasHighlight(segments: HighlightSegment[]): boolean {
  return segments.some((s) => s.highlight);
}
