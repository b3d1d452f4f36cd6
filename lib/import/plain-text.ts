/**
 * HTML → plain text for what Masthead keeps as text (comments, standfirsts): tags dropped,
 * entities decoded, paragraphs separated by a blank line and line breaks kept. Uses turndown's
 * HTML parsing and whitespace rules with every element reduced to its text. Pure.
 */
import TurndownService from "turndown";

const BLOCKS = new Set(["P", "DIV", "BLOCKQUOTE", "LI", "UL", "OL", "H1", "H2", "H3", "H4", "H5", "H6", "PRE", "TABLE", "TR", "FIGURE", "SECTION", "ARTICLE"]);

const DROPPED = new Set(["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT"]);

const service = new TurndownService();
service.escape = (text) => text;
service.addRule("text-only", {
  filter: () => true,
  replacement: (content, node) => (DROPPED.has(node.nodeName) ? "" : node.nodeName === "BR" ? "\n" : BLOCKS.has(node.nodeName) ? `\n\n${content}\n\n` : content),
});

export function htmlToPlainText(html: string): string {
  if (!html.trim()) return "";
  // Most comments are plain text already: no markup, no entities.
  if (!/[<&]/.test(html)) return tidy(html.replace(/\r\n?/g, "\n"));
  // WordPress keeps a comment's line breaks as typed: the site shows them through wpautop.
  const withBreaks = /<(p|br|div)\b/i.test(html) ? html : html.replace(/\r?\n\r?\n+/g, "</p><p>").replace(/\r?\n/g, "<br>");
  return tidy(service.turndown(`<p>${withBreaks}</p>`));
}

/** Lines trimmed, paragraphs separated by one blank line, whitespace inside a line collapsed. */
function tidy(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.split("\n").map((l) => l.replace(/[ \t]+/g, " ").trim()).join("\n").trim())
    .filter(Boolean)
    .join("\n\n");
}
