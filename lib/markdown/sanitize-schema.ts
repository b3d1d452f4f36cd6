import { defaultSchema } from "rehype-sanitize";
import type { Options as SanitizeSchema } from "rehype-sanitize";

/**
 * What article Markdown (and HTML embedded in it) may contain. Based on the GitHub-like default
 * schema, tightened:
 * - no `style`, no event handlers, no iframes/objects/embeds/SVG/MathML (their content is dropped);
 * - links: http, https, mailto or relative; image and citation sources: http, https or relative
 *   (so no `javascript:`, `data:`, `vbscript:` …; the protocol check is an exact, case-sensitive allow-list);
 * - `picture`/`source` are not accepted from authors (the media-images step creates them later);
 * - `class` only on `code`, only as a single `language-*` token; `align` only on table cells.
 * Every `id`/`name` gets the "user-content-" prefix (DOM-clobbering protection).
 */

const removedTags = new Set(["picture", "source"]);

const defaultAttributes = defaultSchema.attributes ?? {};

const globalAttributes = (defaultAttributes["*"] ?? []).filter((attr) => attr !== "align");

/** `align` on table cells (GFM column alignment), restricted to its meaningful values. */
const cellAlign: [string, ...string[]] = ["align", "left", "center", "right"];

const aria = ["ariaDescribedBy", "ariaLabel", "ariaLabelledBy"];

export const articleSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !removedTags.has(tag)),
  strip: [
    "script",
    "style",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "noscript",
    "template",
    "textarea",
    "select",
    "title",
    "svg",
    "math",
  ],
  attributes: {
    ...Object.fromEntries(
      Object.entries(defaultAttributes).filter(([tag]) => !removedTags.has(tag) && tag !== "*"),
    ),
    "*": globalAttributes,
    code: [["className", /^language-[a-z0-9][a-z0-9+#._-]*$/i]],
    img: [...aria, "src"],
    td: [cellAlign],
    th: [cellAlign],
  },
  protocols: {
    href: ["http", "https", "mailto"],
    src: ["http", "https"],
    cite: ["http", "https"],
  },
  allowComments: false,
  allowDoctypes: false,
};
