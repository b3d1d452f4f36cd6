/** The shapes the search page receives. */
import type { ArticleCardDTO } from "@/lib/articles/dto";

/**
 * A run of text, marked when it matched the query. Highlights travel as text, never as
 * HTML, so the page draws `<mark>` elements without setting any HTML.
 */
export interface HighlightSegment {
  text: string;
  highlight: boolean;
}

/** A published article that matched a search: its card, with the matched words marked. */
export interface SearchResultDTO extends ArticleCardDTO {
  highlights: {
    title: HighlightSegment[];
    standfirst: HighlightSegment[];
    /** A passage of the body around the matched words; empty when the body did not match. */
    body: HighlightSegment[];
  };
}
