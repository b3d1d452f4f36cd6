import type { Root as MdastRoot } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/** Step 1: Markdown (CommonMark + GFM tables, strikethrough, task lists, autolinks, footnotes) → mdast. */
export function parseMarkdown(markdown: string): MdastRoot {
  // remark-gfm only extends the parser (it has no tree transform), so parsing is the whole step.
  return parser.parse(markdown);
}
