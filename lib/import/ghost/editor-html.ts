/**
 * HTML for a Ghost post that has no `html` in its export, from its editor document: Lexical
 * (Ghost 5) or Mobiledoc (Ghost 1–4). Covers the text nodes (paragraphs, headings, lists,
 * quotes, links, bold, italic, code, line breaks) and the cards that carry content (image,
 * HTML, Markdown, embed, code, divider); any other card is left out and counted. Pure.
 */
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

type LexicalNode = {
  type?: string;
  children?: LexicalNode[];
  text?: string;
  format?: number | string;
  tag?: string;
  listType?: string;
  url?: string;
  src?: string;
  alt?: string;
  caption?: string;
  html?: string;
  markdown?: string;
  code?: string;
};

/** Lexical's text format bits: 1 bold, 2 italic, 4 strikethrough, 16 code. */
function lexicalText(node: LexicalNode): string {
  let html = esc(node.text ?? "");
  const format = typeof node.format === "number" ? node.format : 0;
  if (format & 16) html = `<code>${html}</code>`;
  if (format & 1) html = `<strong>${html}</strong>`;
  if (format & 2) html = `<em>${html}</em>`;
  if (format & 4) html = `<s>${html}</s>`;
  return html;
}

const count = (skipped: Map<string, number>, name: string) => skipped.set(name, (skipped.get(name) ?? 0) + 1);

function lexicalNode(node: LexicalNode, skipped: Map<string, number>): string {
  const inner = () => (node.children ?? []).map((c) => lexicalNode(c, skipped)).join("");
  switch (node.type) {
    case "root":
      return inner();
    case "paragraph":
      return `<p>${inner()}</p>`;
    case "heading":
    case "extended-heading": {
      const tag = /^h[1-6]$/.test(node.tag ?? "") ? node.tag : "h2";
      return `<${tag}>${inner()}</${tag}>`;
    }
    case "quote":
    case "extended-quote":
    case "aside":
      return `<blockquote>${inner()}</blockquote>`;
    case "list":
      return node.listType === "number" ? `<ol>${inner()}</ol>` : `<ul>${inner()}</ul>`;
    case "listitem":
      return `<li>${inner()}</li>`;
    case "link":
    case "autolink":
      return `<a href="${esc(node.url ?? "")}">${inner()}</a>`;
    case "text":
    case "extended-text":
      return lexicalText(node);
    case "linebreak":
      return "<br>";
    case "horizontalrule":
      return "<hr>";
    case "image":
      return `<figure><img src="${esc(node.src ?? "")}" alt="${esc(node.alt ?? "")}">${node.caption ? `<figcaption>${node.caption}</figcaption>` : ""}</figure>`;
    case "html":
      return node.html ?? "";
    case "markdown":
      // Already Markdown: html-to-markdown.ts passes a `pre[data-markdown]` through as it is.
      return `<pre data-markdown="">${esc(node.markdown ?? "")}</pre>`;
    case "codeblock":
      return `<pre><code>${esc(node.code ?? "")}</code></pre>`;
    case "embed":
      return node.url ? `<figure class="kg-embed-card">${esc(node.url)}</figure>` : "";
    default:
      count(skipped, `Ghost ${node.type ?? "unknown"} card`);
      return "";
  }
}

export function lexicalToHtml(lexical: string, skipped: Map<string, number>): string {
  const doc = JSON.parse(lexical) as { root?: LexicalNode };
  return doc.root ? lexicalNode({ ...doc.root, type: "root" }, skipped) : "";
}

type Marker = [number, number[], number, string];
type Mobiledoc = { markups?: [string, string[]?][]; cards?: [string, Record<string, unknown>][]; sections?: unknown[][] };

export function mobiledocToHtml(mobiledoc: string, skipped: Map<string, number>): string {
  const doc = JSON.parse(mobiledoc) as Mobiledoc;
  const markups = doc.markups ?? [];
  const cards = doc.cards ?? [];
  const markers = (list: Marker[]): string => {
    const open: string[] = [];
    let html = "";
    for (const [, opens, closes, value] of list) {
      for (const m of opens ?? []) {
        const [tag, attrs] = markups[m] ?? ["span"];
        const href = attrs && attrs[0] === "href" ? ` href="${esc(attrs[1] ?? "")}"` : "";
        html += `<${tag}${href}>`;
        open.push(tag);
      }
      html += esc(String(value ?? ""));
      for (let i = 0; i < (closes ?? 0); i++) html += `</${open.pop()}>`;
    }
    return html;
  };
  const card = (index: number): string => {
    const [name, payload] = cards[index] ?? ["unknown", {}];
    const field = (key: string) => String(payload[key] ?? "");
    switch (name) {
      case "markdown":
      case "card-markdown":
        return lexicalNode({ type: "markdown", markdown: field("markdown") }, skipped);
      case "html":
        return field("html");
      case "image":
        return lexicalNode({ type: "image", src: field("src"), alt: field("alt"), caption: field("caption") }, skipped);
      case "code":
        return lexicalNode({ type: "codeblock", code: field("code") }, skipped);
      case "hr":
        return "<hr>";
      case "embed":
        return lexicalNode({ type: "embed", url: field("url") }, skipped);
      default:
        count(skipped, `Ghost ${name} card`);
        return "";
    }
  };
  return (doc.sections ?? [])
    .map((section) => {
      const [kind, a, b] = section as [number, unknown, unknown];
      const tag = String(a).toLowerCase();
      if (kind === 1) return `<${tag}>${markers(b as Marker[])}</${tag}>`;
      if (kind === 3) return `<${tag === "ol" ? "ol" : "ul"}>${(b as Marker[][]).map((item) => `<li>${markers(item)}</li>`).join("")}</${tag === "ol" ? "ol" : "ul"}>`;
      if (kind === 10) return card(a as number);
      return "";
    })
    .join("");
}
