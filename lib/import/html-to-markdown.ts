/**
 * Converts the HTML of an imported post into Masthead's Markdown with turndown (plus its GFM
 * plugin for tables and strikethrough), then Masthead's own pipeline renders it as every saved
 * body is rendered. Pure: images and links are rewritten through the functions passed in.
 *
 * Rules added later take precedence (turndown tries the newest first). Beyond its defaults:
 * - a figure holding one image becomes `![alt](src "caption")` on a line of its own, which the
 *   body pipeline shows as a figure with its caption;
 * - a gallery becomes its images one after another, then its caption as an italic line;
 * - an embed (a video, a post on a social network) becomes a link to it: the site's security
 *   policy allows no frames from other sites;
 * - a table's caption follows the table as an italic line;
 * - a quotation's `<cite>` becomes a "— Name" line inside the quotation.
 */
import TurndownService from "turndown";
import { strikethrough, tables } from "turndown-plugin-gfm";

export interface BodyRewrites {
  /** The address an image should have in Masthead (`/media/<key>`), or null to turn the image into a link. */
  image: (src: string) => string | null;
  /** The address a link should have (an old internal link becomes the new one). */
  link: (href: string) => string;
}

type El = HTMLElement;

const isElement = (node: Node | null): node is El => node !== null && node.nodeType === 1;

function closest(node: Node, tag: string): El | null {
  for (let at: Node | null = node.parentNode; at; at = at.parentNode) if (isElement(at) && at.nodeName === tag) return at;
  return null;
}

function classOf(node: El): string {
  return node.getAttribute("class") ?? "";
}

/** A figure showing exactly one image (and no table or frame): its caption belongs to the image. */
function isImageFigure(figure: El): boolean {
  return figure.getElementsByTagName("img").length === 1 && figure.getElementsByTagName("table").length === 0 && !isEmbed(figure);
}

function isEmbed(figure: El): boolean {
  return /\b(wp-block-embed|kg-embed-card|wp-embed)\b/.test(classOf(figure)) || figure.getElementsByTagName("iframe").length > 0;
}

/** The figure's own caption (not that of a figure inside it). */
function ownCaption(figure: El): string {
  for (const child of Array.from(figure.childNodes)) {
    if (isElement(child) && child.nodeName === "FIGCAPTION") return (child.textContent ?? "").replace(/\s+/g, " ").trim();
  }
  return "";
}

/** The page an embed shows: the URL WordPress keeps in the block, or the frame's source. */
export function embedUrl(figure: El): string | null {
  const iframe = figure.getElementsByTagName("iframe")[0];
  const text = Array.from(figure.childNodes ?? [])
    .filter((n) => n.nodeName !== "FIGCAPTION")
    .map((n) => n.textContent ?? "")
    .join(" ");
  const candidate = iframe?.getAttribute("src") ?? text.trim().split(/\s+/)[0] ?? "";
  if (!/^https?:\/\//.test(candidate)) return null;
  const youtube = /^https?:\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([\w-]{6,})/.exec(candidate);
  if (youtube) return `https://www.youtube.com/watch?v=${youtube[1]}`;
  const vimeo = /^https?:\/\/player\.vimeo\.com\/video\/(\d+)/.exec(candidate);
  if (vimeo) return `https://vimeo.com/${vimeo[1]}`;
  return candidate;
}

const italicLine = (text: string) => (text ? `\n\n*${text.replace(/([*_\\[\]])/g, "\\$1")}*\n\n` : "");

const escapeTitle = (title: string) => title.replace(/\s+/g, " ").trim().replace(/(["\\])/g, "\\$1");

const escapeAlt = (alt: string) => alt.replace(/\s+/g, " ").trim().replace(/([\\[\]])/g, "\\$1");

function createService(rewrites: BodyRewrites): TurndownService {
  const service = new TurndownService({
    headingStyle: "atx",
    hr: "---",
    bulletListMarker: "-",
    codeBlockStyle: "fenced",
    emDelimiter: "*",
    strongDelimiter: "**",
    linkStyle: "inlined",
  });
  service.use([tables, strikethrough]);
  service.remove(["script", "style", "noscript", "template", "form", "button", "input", "select", "textarea"]);

  service.addRule("figure", {
    filter: "figure",
    replacement: (content) => `\n\n${content.trim()}\n\n`,
  });

  service.addRule("embed", {
    filter: (node) => (node.nodeName === "FIGURE" && isEmbed(node)) || node.nodeName === "IFRAME",
    replacement: (_content, node) => {
      const url = embedUrl(node as El);
      const caption = node.nodeName === "FIGURE" ? ownCaption(node as El) : "";
      return url ? `\n\n<${rewrites.link(url)}>\n\n${italicLine(caption)}` : italicLine(caption);
    },
  });

  service.addRule("figcaption", {
    filter: "figcaption",
    // An image figure's caption moves into the image; any other caption is a line of its own.
    replacement: (_content, node) => {
      const figure = node.parentNode;
      if (isElement(figure) && figure.nodeName === "FIGURE" && isImageFigure(figure)) return "";
      return italicLine((node.textContent ?? "").replace(/\s+/g, " ").trim());
    },
  });

  service.addRule("image", {
    filter: "img",
    replacement: (_content, node) => {
      const img = node as El;
      const src = img.getAttribute("src") ?? "";
      const alt = escapeAlt(img.getAttribute("alt") ?? "");
      const figure = closest(img, "FIGURE");
      const caption = figure && isImageFigure(figure) ? ownCaption(figure) : "";
      const target = src ? rewrites.image(src) : null;
      // An image the import could not bring in is kept as a link to where it was.
      if (target === null) return src ? `[${alt || src}](${rewrites.link(src)})` : "";
      const markdown = `![${alt}](${target}${caption ? ` "${escapeTitle(caption)}"` : ""})`;
      return figure ? `\n\n${markdown}\n\n` : markdown;
    },
  });

  service.addRule("link", {
    filter: (node) => node.nodeName === "A" && Boolean(node.getAttribute("href")),
    replacement: (content, node) => {
      const href = rewrites.link((node as El).getAttribute("href") ?? "");
      const text = content.trim();
      if (!text) return "";
      // A linked image (WordPress's "link to media file") keeps the image, not the link.
      if (/^!\[[^\]]*\]\([^)]*\)$/.test(text) || text.startsWith("\n")) return content;
      const title = (node as El).getAttribute("title");
      return `[${text}](${href}${title ? ` "${escapeTitle(title)}"` : ""})`;
    },
  });

  service.addRule("quotation-source", {
    filter: (node) => node.nodeName === "CITE" && closest(node, "BLOCKQUOTE") !== null,
    replacement: (content) => `\n\n— ${content.trim()}\n\n`,
  });

  service.addRule("markdown-card", {
    filter: (node) => node.nodeName === "PRE" && node.hasAttribute("data-markdown"),
    replacement: (_content, node) => `\n\n${(node.textContent ?? "").trim()}\n\n`,
  });

  service.addRule("list-item", {
    filter: "li",
    replacement: (content, node) => {
      const parent = node.parentNode;
      const ordered = isElement(parent) && parent.nodeName === "OL";
      const start = ordered ? Number(parent.getAttribute("start") ?? 1) || 1 : 1;
      const marker = ordered ? `${start + Array.prototype.indexOf.call(parent.children, node)}. ` : "- ";
      const body = content.replace(/^\n+/, "").replace(/\n+$/, "\n").replace(/\n/gm, `\n${" ".repeat(marker.length)}`);
      return marker + body + (node.nextSibling && !/\n$/.test(body) ? "\n" : "");
    },
  });

  return service;
}

/** HTML → Markdown, with images and links rewritten. */
export function htmlToMarkdown(html: string, rewrites: BodyRewrites): string {
  const markdown = createService(rewrites).turndown(html);
  return `${markdown.replace(/\n{3,}/g, "\n\n").trim()}\n`;
}
