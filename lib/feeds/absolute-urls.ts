/**
 * Feed readers show an article's HTML away from our site, where `/media/…` or `#heading` point
 * nowhere. This rewrites every URL attribute of the sanitised body HTML (`href`, `src`, `srcset`,
 * `cite`, `poster`) against the article's absolute URL. Pure module.
 *
 * The input is the serialiser's output (lib/markdown/hast-to-html.ts), where a `<` in text is
 * always escaped, so only real tags match the tag pattern; attributes are tokenised one by one
 * so that a quoted value can never be mistaken for another attribute.
 */

const START_TAG = /(<[a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)(\s*\/?>)/g;
const ATTRIBUTE = /(\s+)([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const URL_ATTRIBUTES = new Set(["href", "src", "cite", "poster"]);
const HAS_SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (ref[0] !== "#") return NAMED[ref] ?? whole;
    const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function encodeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
}

/** One URL made absolute against `base`; absolute URLs (any scheme), empty and invalid ones are kept. */
export function absoluteUrlAgainst(url: string, base: string): string {
  const trimmed = url.trim();
  if (trimmed === "" || HAS_SCHEME.test(trimmed)) return url;
  try {
    return new URL(trimmed, base).toString();
  } catch {
    return url;
  }
}

/** `srcset` candidates are "url [descriptor]" separated by commas. */
function absoluteSrcSet(srcset: string, base: string): string {
  return srcset
    .split(",")
    .map((candidate) => {
      const [url = "", ...descriptors] = candidate.trim().split(/\s+/);
      return [absoluteUrlAgainst(url, base), ...descriptors].join(" ");
    })
    .join(", ");
}

function rewriteAttributes(attributes: string, base: string): string {
  return attributes.replace(ATTRIBUTE, (whole, space: string, rawName: string, dq?: string, sq?: string, bare?: string) => {
    const value = dq ?? sq ?? bare;
    const name = rawName.toLowerCase();
    if (value === undefined || (name !== "srcset" && !URL_ATTRIBUTES.has(name))) return whole;
    const decoded = decodeAttribute(value);
    const rewritten = name === "srcset" ? absoluteSrcSet(decoded, base) : absoluteUrlAgainst(decoded, base);
    return rewritten === decoded ? whole : `${space}${rawName}="${encodeAttribute(rewritten)}"`;
  });
}

/** `html` with every relative URL in a URL attribute resolved against `base` (an absolute URL). */
export function absolutizeHtmlUrls(html: string, base: string): string {
  return html.replace(
    START_TAG,
    (_tag, open: string, attributes: string, close: string) => `${open}${rewriteAttributes(attributes, base)}${close}`,
  );
}
