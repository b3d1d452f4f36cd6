import type { Link, Root as MdastRoot, Text } from "mdast";
import remarkSmartypants from "remark-smartypants";
import { unified, type Processor } from "unified";
import { visit } from "unist-util-visit";

type QuotePair = { double: string; single: string };
type QuoteStyle = { opening: QuotePair; closing: QuotePair };

/**
 * Quotation marks per language (the first subtag of a language tag such as `en-GB`). A closing
 * single quote is also the apostrophe, so it is ’ in every language: "it's" → "it’s", "O'Brien" →
 * "O’Brien". Lithuanian opens low and closes high: „žodis“, ‚žodis’.
 */
const QUOTE_STYLES: Record<string, QuoteStyle> = {
  en: { opening: { double: "“", single: "‘" }, closing: { double: "”", single: "’" } },
  lt: { opening: { double: "„", single: "‚" }, closing: { double: "“", single: "’" } },
};

export const DEFAULT_QUOTE_LOCALE = "en";

/** The quotation marks of a language; English for a language without its own entry. */
export function quoteStyle(locale: string): QuoteStyle {
  const language = locale.toLowerCase().split("-")[0] ?? "";
  return QUOTE_STYLES[language] ?? (QUOTE_STYLES[DEFAULT_QUOTE_LOCALE] as QuoteStyle);
}

const processors = new Map<string, Processor<MdastRoot, MdastRoot, MdastRoot>>();

function processorFor(locale: string) {
  const style = quoteStyle(locale);
  const key = `${style.opening.double}${style.opening.single}${style.closing.double}${style.closing.single}`;
  let processor = processors.get(key);
  if (!processor) {
    // Quotes and apostrophes only: dashes, ellipses and backticks stay as the writer typed them.
    processor = unified()
      .use(remarkSmartypants, {
        quotes: true,
        dashes: false,
        ellipses: false,
        backticks: false,
        openingQuotes: style.opening,
        closingQuotes: style.closing,
      })
      .freeze() as unknown as Processor<MdastRoot, MdastRoot, MdastRoot>;
    processors.set(key, processor);
  }
  return processor;
}

/** A link whose text is its own address (an autolink, `<https://…>` or a bare URL): text that is a URL. */
function isAddressText(link: Link, text: Text): boolean {
  return text.value === link.url || `mailto:${text.value}` === link.url;
}

/**
 * Typographic quotes and apostrophes in the tree's prose, in the quotation marks of `locale`:
 * "quotes" → “quotes”, it's → it’s. Code spans and code blocks are left alone (remark-smartypants
 * never touches them), and so is a link's text that is its own URL. Quotes pair across emphasis
 * and links ("*so*" → “*so*”). Pure: the input tree is not changed.
 */
export function smartQuotes(tree: MdastRoot, locale: string = DEFAULT_QUOTE_LOCALE): MdastRoot {
  const copy = structuredClone(tree);
  // remark-smartypants reads only `text` nodes; an address's text is hidden from it as an
  // `inlineCode` for the run (counted, never changed), then given back its type.
  const addresses: Text[] = [];
  visit(copy, "link", (link: Link) => {
    for (const child of link.children) {
      if (child.type === "text" && isAddressText(link, child)) addresses.push(child);
    }
  });
  for (const text of addresses) (text as unknown as { type: string }).type = "inlineCode";
  const out = processorFor(locale).runSync(copy);
  for (const text of addresses) (text as unknown as { type: string }).type = "text";
  return out;
}

/**
 * A line of plain text (a headline) with typographic quotes: the same step as article bodies, on
 * a one-paragraph tree. Applied where a headline is drawn; the stored headline keeps what the
 * editor typed.
 */
export function smartQuotesText(text: string, locale: string = DEFAULT_QUOTE_LOCALE): string {
  const tree: MdastRoot = { type: "root", children: [{ type: "paragraph", children: [{ type: "text", value: text }] }] };
  const paragraph = smartQuotes(tree, locale).children[0];
  const first = paragraph?.type === "paragraph" ? paragraph.children[0] : undefined;
  return first?.type === "text" ? first.value : text;
}
