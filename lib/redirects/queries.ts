/**
 * Former slugs and former addresses. A slug that changed keeps a row in SlugRedirect, an
 * address of the site a newsroom moved from one in LegacyPath, and the public pages answer the
 * old URL with a permanent redirect to the current one.
 */
import "server-only";
import { db } from "@/lib/db";
import { publishedWhere } from "@/lib/articles/published";
import { tagResponse } from "@/lib/cache/tags";
import { normaliseLegacyPath } from "@/lib/redirects/legacy-paths";
import { articlePath, authorPath, sectionPath, tagPath } from "@/lib/site/urls";

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

/**
 * Where an address of the site the newsroom moved from (recorded by an import, lib/import/)
 * leads now: the current path of what it became, or null. An article must still be published;
 * a draft's old address leads nowhere, as its new one does.
 */
export async function getLegacyTarget(address: string): Promise<string | null> {
  // Whatever it answers (a redirect or a 404) is cached under the site tag, which an import expires.
  await tagResponse();
  const path = normaliseLegacyPath(address);
  if (!path) return null;
  const legacy = await db.legacyPath.findUnique({ where: { path }, select: { kind: true, targetId: true } });
  if (!legacy) return null;
  const where = { id: legacy.targetId };
  switch (legacy.kind as RedirectKind) {
    case "ARTICLE": {
      const article = await db.article.findFirst({ where: { ...where, ...publishedWhere() }, select: { slug: true } });
      return article ? articlePath(article.slug) : null;
    }
    case "AUTHOR": {
      const author = await db.author.findUnique({ where, select: { slug: true } });
      return author ? authorPath(author.slug) : null;
    }
    case "SECTION": {
      const section = await db.section.findUnique({ where, select: { slug: true } });
      return section ? sectionPath(section.slug) : null;
    }
    case "TAG": {
      const tag = await db.tag.findUnique({ where, select: { slug: true } });
      return tag ? tagPath(tag.slug) : null;
    }
    default:
      return null;
  }
}
