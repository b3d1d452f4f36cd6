import { Fragment } from "react";
import type { HighlightSegment } from "@/lib/search/dto";

/** Text with the words that matched a search in `<mark>`. Built from text, never from HTML. */
export function HighlightedText({ segments }: { segments: HighlightSegment[] }) {
  return (
    <>
      {segments.map((segment, i) => (segment.highlight ? <mark key={i}>{segment.text}</mark> : <Fragment key={i}>{segment.text}</Fragment>))}
    </>
  );
}
