import { countWords, readingMinutes } from "@/lib/text/reading-time";
import { excerpt } from "@/lib/text/excerpt";
import { externalLinks } from "./external-links";
import { figures } from "./figures";
import { fragmentLinks } from "./fragment-links";
import { runSteps, type HastStep } from "./hast-step";
import { hastToHtml } from "./hast-to-html";
import { headingIds } from "./heading-ids";
import { mdastToHast } from "./mdast-to-hast";
import { mediaImages } from "./media-images";
import { parseMarkdown } from "./parse-markdown";
import { hastToPlainText } from "./plain-text";
import { sanitizeHast } from "./sanitize";
import { DEFAULT_QUOTE_LOCALE, smartQuotes } from "./smart-quotes";
import { tables } from "./tables";

export type RenderedBody = {
  /** Safe HTML for the article body. */
  html: string;
  /** Readable text, paragraphs separated by blank lines. */
  plainText: string;
  wordCount: number;
  readingMinutes: number;
  /** About the first 200 characters of the text, cut at a word boundary ("…" when cut). */
  excerpt: string;
};

/**
 * Steps that run after sanitising. They only add markup we trust (rel, ids, figures, pictures,
 * wrappers), which is why they come after the sanitiser rather than before it. Order matters:
 * figures before media images (the figure then holds the picture), heading ids before fragment links.
 */
export const ARTICLE_STEPS: readonly HastStep[] = [externalLinks, figures, mediaImages, headingIds, fragmentLinks, tables];

export type RenderOptions = {
  /** The site's language (a tag such as `en` or `lt`): the quotation marks prose gets. English by default. */
  locale?: string;
};

/**
 * Article Markdown → safe HTML plus derived text data. Pure and isomorphic (no Node-only APIs), so
 * it can also drive a live preview in the browser.
 */
export function renderArticleBody(markdown: string, { locale = DEFAULT_QUOTE_LOCALE }: RenderOptions = {}): RenderedBody {
  const unsafe = mdastToHast(smartQuotes(parseMarkdown(markdown), locale));
  const tree = runSteps(sanitizeHast(unsafe), ARTICLE_STEPS);
  const plainText = hastToPlainText(tree);
  const wordCount = countWords(plainText);
  return {
    html: hastToHtml(tree),
    plainText,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    excerpt: excerpt(plainText),
  };
}
