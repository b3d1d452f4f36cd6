import type { Root, RootContent } from "hast";

/** Elements that start a new paragraph of plain text. */
const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "figcaption", "figure",
  "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "ol", "p", "pre", "section",
  "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
]);

/** Elements whose content is separated from its neighbours by a space. */
const CELLS = new Set(["td", "th"]);

const BREAK = "\n\n";

/**
 * The readable text of an HTML tree: one paragraph per block element, separated by blank lines, with
 * whitespace inside each paragraph collapsed. Used for word counts, excerpts, search and feeds.
 */
export function hastToPlainText(tree: Root): string {
  const parts: string[] = [];
  collect(tree.children, parts);
  return parts
    .join("")
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.replace(/\s+/gu, " ").trim())
    .filter((paragraph) => paragraph !== "")
    .join(BREAK);
}

function collect(nodes: readonly RootContent[], parts: string[]): void {
  for (const node of nodes) {
    if (node.type === "text") {
      // Single newlines in the source are just whitespace; only block boundaries make paragraphs.
      parts.push(node.value.replace(/\n+/g, " "));
    } else if (node.type === "element") {
      // Footnote back-links ("↩") are navigation, not text.
      if (node.properties.dataFootnoteBackref !== undefined) continue;
      if (node.tagName === "br") {
        parts.push(" ");
        continue;
      }
      const separator = BLOCKS.has(node.tagName) ? BREAK : CELLS.has(node.tagName) ? " " : "";
      parts.push(separator);
      collect(node.children, parts);
      parts.push(separator);
    }
  }
}
