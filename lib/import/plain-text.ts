/**
 * HTML → plain text for what Masthead keeps as text (comments, standfirsts): tags dropped,
 * entities decoded, paragraphs separated by a blank line and line breaks kept. Uses turndown's
 * HTML parsing and whitespace rules with every element reduced to its text. Pure.
 */
import TurndownService from "turndown";

const BLOCKS = new Set(["P", "DIV", "BLOCKQUOTE", "LI", "UL", "OL", "H1", "H2", "H3", "H4", "H5", "H6", "PRE", "TABLE", "TR", "FIGURE", "SECTION", "ARTICLE"]);

const service = new TurndownService();
service.escape = (text) => text;
service.addRule("text-only", {
  filter: () => true,
  replacement: (content, node) => (node.nodeName === "BR" ? "\n" : BLOCKS.has(node.nodeName) ? `\n\n${content}\n\n` : content),
});

export function htmlToPlainText(html: string): string {
  if (!html.trim()) return "";
  // WordPress keeps a comment's line breaks as typed: the site shows them through wpautop.
  const withBreaks = /<(p|br|div)\b/i.test(html) ? html : html.replace(/\r?\n\r?\n+/g, "</p><p>").replace(/\r?\n/g, "<br>");
  return service
    .turndown(`<p>${withBreaks}</p>`)
    .split(/\n{2,}/)
    .map((p) => p.split("\n").map((l) => l.trim()).join("\n").trim())
    .filter(Boolean)
    .join("\n\n");
}
