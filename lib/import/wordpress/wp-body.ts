/**
 * A WordPress post's `content:encoded` as WordPress would show it, before the conversion to
 * Markdown: block comments dropped, `wpautop` paragraphs for bodies written without blocks (the
 * classic editor), and the shortcodes that show content (`[caption]`, `[gallery]`, `[embed]`)
 * expanded to the HTML the block editor would write. Any other shortcode is left as text and
 * counted. Pure.
 */
import { autop } from "@wordpress/autop";
import { replace, type Shortcode } from "@wordpress/shortcode";

export interface WpAttachment {
  url: string;
  alt: string;
  caption: string;
}

/** Shortcode names as WordPress registers them: a letter, then letters, digits, `_` or `-`. */
const ANY_SHORTCODE = "[a-zA-Z][a-zA-Z0-9_-]*";

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function imageFigure(a: WpAttachment): string {
  const caption = a.caption ? `<figcaption>${escapeHtml(a.caption)}</figcaption>` : "";
  return `<figure class="wp-block-image"><img src="${escapeHtml(a.url)}" alt="${escapeHtml(a.alt)}">${caption}</figure>`;
}

/** `[caption …]<img …> The caption.[/caption]` → a figure. */
function caption(sc: Shortcode): string {
  const content = sc.content ?? "";
  const image = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)/i.exec(content);
  if (!image) return content;
  const text = content.slice(image[0].length).trim() || sc.attrs.named.caption || "";
  return `<figure class="wp-caption">${image[1]}${text ? `<figcaption>${text}</figcaption>` : ""}</figure>`;
}

function gallery(sc: Shortcode, attachments: ReadonlyMap<string, WpAttachment>): string {
  const ids = (sc.attrs.named.ids ?? sc.attrs.named.include ?? "").split(",").map((id) => id.trim()).filter(Boolean);
  const images = ids.map((id) => attachments.get(id)).filter((a): a is WpAttachment => a !== undefined);
  return images.length ? `<figure class="wp-block-gallery">${images.map(imageFigure).join("")}</figure>` : "";
}

function embed(sc: Shortcode): string {
  const url = (sc.content ?? sc.attrs.named.src ?? sc.attrs.named.url ?? "").trim();
  return /^https?:\/\//.test(url) ? `<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">${escapeHtml(url)}</div></figure>` : "";
}

/**
 * Expands the shortcodes WordPress itself shows content with, and counts the others by name in
 * `unknown` (they stay in the text: a reader sees what the old site would have shown had the
 * plugin gone).
 */
export function expandShortcodes(html: string, attachments: ReadonlyMap<string, WpAttachment>, unknown: Map<string, number>): string {
  return replace(ANY_SHORTCODE, html, (sc) => {
    switch (sc.tag.toLowerCase()) {
      case "caption":
      case "wp_caption":
        return caption(sc);
      case "gallery":
        return gallery(sc, attachments);
      case "embed":
      case "video":
      case "audio":
        return embed(sc);
      default:
        // Shortcodes are registered in lowercase; "[Editor's note: …]" is an editor's text.
        if (sc.tag === sc.tag.toLowerCase()) unknown.set(sc.tag, (unknown.get(sc.tag) ?? 0) + 1);
        // Returning nothing keeps the shortcode's text as it was.
        return undefined as unknown as string;
    }
  });
}

/** Does this body come from the block editor (it carries `<!-- wp:… -->` block comments)? */
export function hasBlocks(content: string): boolean {
  return /<!--\s*wp:/.test(content);
}

/** The body's HTML as WordPress shows it: see the file's comment. */
export function resolveWordPressBody(content: string, attachments: ReadonlyMap<string, WpAttachment>, unknown: Map<string, number>): string {
  const blocks = hasBlocks(content);
  const withoutComments = content.replace(/<!--[\s\S]*?-->/g, "");
  // WordPress runs wpautop before do_shortcode, and not on block content.
  const paragraphs = blocks ? withoutComments : autop(withoutComments);
  return expandShortcodes(paragraphs, attachments, unknown);
}
