/**
 * Text for the 1200×630 share card of a story (app/(site)/articles/[slug]/opengraph-image.tsx).
 * Pure: safe to test without a renderer.
 */

/**
 * The card is drawn with the font `next/og` bundles (Geist: Latin, Latin Extended, Vietnamese,
 * basic Cyrillic, common punctuation). For any other character `next/og` would try to fetch a
 * font from Google at render time, so those characters are left out: the card never needs the
 * network. Headlines in other scripts lose their text and keep the section and site name.
 */
const DRAWABLE = /[\u0020-\u007e\u00a0-\u024f\u0300-\u036f\u0400-\u045f\u1e00-\u1eff\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2032\u2033\u2039\u203a\u20ac\u2122]/u;

export function drawableText(text: string): string {
  return [...text.normalize("NFC")]
    .filter((ch) => DRAWABLE.test(ch))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

/** Long headlines get a smaller type size so that they fit in four lines. */
export function headlineFontSize(headline: string): number {
  if (headline.length <= 50) return 72;
  if (headline.length <= 80) return 62;
  if (headline.length <= 110) return 54;
  return 46;
}
