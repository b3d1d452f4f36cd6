/**
 * Former slugs. A slug that changed keeps a row here, and the public pages answer the old
 * URL with a permanent redirect to the current one.
 */
import "server-only";
import { db } from "@/lib/db";
import { publishedWhere } from "@/lib/articles/published";

export type RedirectKind = "ARTICLE" | "AUTHOR" | "SECTION" | "TAG";

/** The current slug that an old one points at, or null. Articles must still be published. */
export async function getCurrentSlug(kind: RedirectKind, oldSlug: string): Promise<string | null> {
  const redirect = await db.slugRedirect.findUnique({
    where: { kind_fromSlug: { kind, fromSlug: oldSlug } },
    select: { targetId: true },
  });
  if (!redirect) return null;
  const where = { id: redirect.targetId };
  switch (kind) {
    case "ARTICLE":
      return (await db.article.findFirst({ where: { ...where, ...publishedWhere() }, select: { slug: true } }))?.slug ?? null;
    case "AUTHOR":
      return (await db.author.findUnique({ where, select: { slug: true } }))?.slug ?? null;
    case "SECTION":
      return (await db.section.findUnique({ where, select: { slug: true } }))?.slug ?? null;
    case "TAG":
      return (await db.tag.findUnique({ where, select: { slug: true } }))?.slug ?? null;
  }
}
