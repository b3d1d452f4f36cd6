/**
 * Cache invalidation beside every write: each change names the tags (lib/cache/tags.ts) of what
 * it changed. The tags are written to the CacheInvalidation table, which every server process
 * reads before serving a cached page (lib/cache/cache-handler.cjs) — so a change made by the CLI, the
 * scheduler or another process shows on the next request — and, inside a Next.js request, are
 * also expired in this process at once (and in the browser's router cache after an action).
 * With an edge in front (EDGE_PURGE_URLS), the write waits briefly for the edge to forget them
 * too (lib/edge/purger.ts), so the editor's next look through the edge shows the change.
 */
import "server-only";
import { revalidateTag } from "next/cache";
import { db } from "@/lib/db";
import { takeTurns } from "@/lib/dialect";
import { KEEP_INVALIDATIONS_MS } from "@/lib/cache/log-retention";
import { LISTINGS_TAG, NAV_TAG, SITE_TAG, articleTag, mediaTag, mentionTag, slugTag } from "@/lib/cache/tags";
import { purgeEdgesAfterWrite } from "@/lib/edge/purger";
import type { RedirectKind } from "@/lib/redirects/queries";

/**
 * Writers of the log take turns (on PostgreSQL; SQLite writers always do), so its rows become
 * visible in the order of their numbers, and a reader that goes past the last number it saw
 * misses none (lib/cache/cache-handler.cjs).
 */
const LOG_TURNS = takeTurns(0x4d415354);

function outsideNext(error: unknown): boolean {
  return error instanceof Error && /static generation store missing|outside a request scope|workStore/i.test(error.message);
}

export async function invalidateTags(tags: readonly string[]): Promise<void> {
  const unique = [...new Set(tags)];
  if (unique.length === 0) return;
  const invalidatedAt = Date.now();
  await db.$transaction([
    ...(LOG_TURNS ? [db.$executeRaw(LOG_TURNS)] : []),
    db.cacheInvalidation.createMany({ data: unique.map((tag) => ({ tag, invalidatedAt })) }),
    db.cacheInvalidation.deleteMany({ where: { invalidatedAt: { lt: invalidatedAt - KEEP_INVALIDATIONS_MS } } }),
  ]);
  for (const tag of unique) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch (error) {
      if (!outsideNext(error)) throw error;
    }
  }
  await purgeEdgesAfterWrite();
}

/**
 * A story changed (published, edited, unpublished, scheduled story gone live, comments, moved):
 * its page at every slug it has had, every list that shows its card, and the lists it now
 * belongs to — its section's, its authors', its tags' and the latest-stories lists.
 */
export async function invalidateArticle(articleId: string): Promise<void> {
  const [article, redirects] = await Promise.all([
    db.article.findUnique({
      where: { id: articleId },
      select: {
        slug: true,
        section: { select: { slug: true } },
        authors: { select: { author: { select: { slug: true } } } },
        tags: { select: { tag: { select: { slug: true } } } },
      },
    }),
    db.slugRedirect.findMany({ where: { kind: "ARTICLE", targetId: articleId }, select: { fromSlug: true } }),
  ]);
  await invalidateTags([
    articleTag(articleId),
    LISTINGS_TAG,
    ...redirects.map((r) => slugTag("ARTICLE", r.fromSlug)),
    ...(article
      ? [
          slugTag("ARTICLE", article.slug),
          ...(article.section ? [slugTag("SECTION", article.section.slug)] : []),
          ...article.authors.map((a) => slugTag("AUTHOR", a.author.slug)),
          ...article.tags.map((t) => slugTag("TAG", t.tag.slug)),
        ]
      : []),
  ]);
}

/** A story's comments changed in a way readers see (approved, edited, deleted): its page and card counts. */
export async function invalidateArticleComments(articleId: string): Promise<void> {
  await invalidateTags([articleTag(articleId)]);
}

/**
 * A section, author or tag was created, edited, renamed or deleted: its own pages at every slug
 * given (old and new), every page that shows its name, and — for sections — the navigation.
 * With `ownPagesOnly` (the change shows on its own pages alone, e.g. a section's description)
 * every other page stays cached.
 */
export async function invalidateTaxonomy(
  kind: Exclude<RedirectKind, "ARTICLE">,
  slugs: readonly string[],
  { ownPagesOnly = false }: { ownPagesOnly?: boolean } = {},
): Promise<void> {
  if (ownPagesOnly) return invalidateTags(slugs.map((slug) => slugTag(kind, slug)));
  await invalidateTags([
    ...slugs.flatMap((slug) => [slugTag(kind, slug), mentionTag(kind, slug)]),
    ...(kind === "SECTION" ? [NAV_TAG, LISTINGS_TAG] : []),
  ]);
}

/** An image was deleted: its files, which an edge may keep for a year. */
export async function invalidateMedia(key: string): Promise<void> {
  await invalidateTags([mediaTag(key)]);
}

/** Something every public page may show changed (a site setting, shared media, a restore). */
export async function invalidatePublicSite(): Promise<void> {
  await invalidateTags([SITE_TAG]);
}
