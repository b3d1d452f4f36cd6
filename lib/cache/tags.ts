/**
 * Cache tags: what a cached public page shows, named so that a change can find every page
 * that shows it.
 *
 * - `site`: every public page (the site's name and settings, bulk changes such as a restore).
 * - `nav`: the section navigation drawn on every page.
 * - `listings`: every list of the latest stories (front page, feeds, sitemaps, corrections).
 * - `article:<id>`: the story's page and every list that shows its card.
 * - `article:/<slug>`: the response at a story's URL, including a 404 or a redirect, so that a
 *   story published or renamed later replaces it.
 * - `section:/<slug>`, `author:/<slug>`, `tag:/<slug>`: the responses at that URL (its pages,
 *   feed, 404 or redirect), which list its stories.
 * - `section-mention:/<slug>` (and author-, tag-): every other page that shows its name or bio
 *   (section labels, bylines, author boxes, tag lists).
 *   A rename that changes the slug invalidates the old and the new one.
 * - `media:<key>`: an image's files at /media/<key>/… (they never change; a deleted image's are
 *   forgotten by the edge).
 */
import "server-only";
import { unstable_cache } from "next/cache";
import type { RedirectKind } from "@/lib/redirects/queries";
import { SITE_TAG } from "@/lib/cache/surrogate-keys.cjs";

export { SITE_TAG };
export const NAV_TAG = "nav";
export const LISTINGS_TAG = "listings";

const SLUG_TAG_PREFIX: Record<RedirectKind, string> = { ARTICLE: "article", SECTION: "section", AUTHOR: "author", TAG: "tag" };

/** The responses at a slug's URL. */
export const slugTag = (kind: RedirectKind, slug: string) => `${SLUG_TAG_PREFIX[kind]}:/${slug}`;

/** Every other page that shows the thing's name. */
export const mentionTag = (kind: Exclude<RedirectKind, "ARTICLE">, slug: string) => `${SLUG_TAG_PREFIX[kind]}-mention:/${slug}`;

export const articleTag = (id: string) => `article:${id}`;

export const mediaTag = (key: string) => `media:${key}`;

/** What a story card or page shows beyond its own text: its section, bylines and tags. */
export interface TaggableArticle {
  id: string;
  section?: { slug: string } | null;
  authors?: readonly { slug: string }[];
  tags?: readonly { slug: string }[];
}

/** The tags of a page or list that shows `articles`. */
export function articleTags(...articles: readonly TaggableArticle[]): string[] {
  return articles.flatMap((article) => [
    articleTag(article.id),
    ...(article.section ? [mentionTag("SECTION", article.section.slug)] : []),
    ...(article.authors ?? []).map((a) => mentionTag("AUTHOR", a.slug)),
    ...(article.tags ?? []).map((t) => mentionTag("TAG", t.slug)),
  ]);
}

/** Next.js keeps at most this many tags on one cache entry. */
const MAX_TAGS = 128;

const noValue = async () => null;

/**
 * Marks the page (or route handler response) being rendered with `tags`, so that invalidating
 * any of them makes its cached copy a miss: it reads one empty cached value, under one key for
 * every page, carrying them (docs/architecture.md, "How a page carries its tags", says why).
 * Outside a render (tests, the CLI) it does nothing.
 */
export async function tagResponse(...tags: (string | readonly string[])[]): Promise<void> {
  const unique = [...new Set([SITE_TAG, ...tags.flat()])];
  if (unique.length > MAX_TAGS) {
    // Too many to carry: fall back to the tags every such list also has.
    unique.splice(0, unique.length, SITE_TAG, LISTINGS_TAG);
  }
  try {
    await unstable_cache(noValue, ["page-tags"], { tags: unique })();
  } catch (error) {
    if (!(error instanceof Error && /incrementalCache missing|static generation store missing/i.test(error.message))) throw error;
  }
}
