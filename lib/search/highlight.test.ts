import { describe, expect, it } from "vitest";
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S, hasHighlight, parseHighlights } from "@/lib/search/highlight";

describe("parseHighlights", () => {
  it("splits marked text into plain and highlighted segments", () => {
    expect(parseHighlights(`The ${S}Seimas${E} voted on ${S}Thursday${E}.`)).toEqual([
      { text: "The ", highlight: false },
      { text: "Seimas", highlight: true },
      { text: " voted on ", highlight: false },
      { text: "Thursday", highlight: true },
      { text: ".", highlight: false },
    ]);
  });

  it("returns unmarked text as one plain segment, and nothing for empty text", () => {
    expect(parseHighlights("No match here")).toEqual([{ text: "No match here", highlight: false }]);
    expect(parseHighlights("")).toEqual([]);
  });

  it("merges neighbouring highlights and drops empty ones", () => {
    expect(parseHighlights(`${S}open${E}${S}ai${E}${S}${E} news`)).toEqual([
      { text: "openai", highlight: true },
      { text: " news", highlight: false },
    ]);
  });

  it("survives stray markers", () => {
    expect(parseHighlights(`a${E}b${S}c`)).toEqual([
      { text: "ab", highlight: false },
      { text: "c", highlight: true },
    ]);
  });

  it("keeps markup as text: highlighting never produces HTML", () => {
    expect(parseHighlights(`<b>${S}x${E}</b>`)).toEqual([
      { text: "<b>", highlight: false },
      { text: "x", highlight: true },
      { text: "</b>", highlight: false },
    ]);
  });
});

describe("hasHighlight", () => {
  it("is true only when a segment is highlighted", () => {
    expect(hasHighlight(parseHighlights(`a ${S}b${E}`))).toBe(true);
    expect(hasHighlight(parseHighlights("a b"))).toBe(false);
  });
});
