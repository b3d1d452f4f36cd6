/**
 * The slug rules authors, sections and tags share: a slug is unique among its kind, and a
 * former slug keeps redirecting to the row that had it.
 */
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RedirectKind } from "@/lib/redirects/queries";
import { slugify, uniqueSlug } from "@/lib/text/slug";
import { invalidField } from "@/lib/forms";

type Tx = Prisma.TransactionClient;
export type SluggedKind = Exclude<RedirectKind, "ARTICLE">;

const NOUN: Record<SluggedKind, string> = { AUTHOR: "author", SECTION: "section", TAG: "tag" };

const slugError = (message: string) => invalidField("slug", message);

/** Slugs starting with `prefix` that belong to another row of this kind, now (live) or before (former). */
async function slugsInUse(tx: Tx, kind: SluggedKind, prefix: string, ownId: string | null) {
  const where = { slug: { startsWith: prefix }, ...(ownId ? { id: { not: ownId } } : {}) };
  const select = { slug: true } as const;
  const [rows, redirects] = await Promise.all([
    kind === "AUTHOR"
      ? tx.author.findMany({ where, select })
      : kind === "SECTION"
        ? tx.section.findMany({ where, select })
        : tx.tag.findMany({ where, select }),
    tx.slugRedirect.findMany({
      where: { kind, fromSlug: { startsWith: prefix }, ...(ownId ? { targetId: { not: ownId } } : {}) },
      select: { fromSlug: true },
    }),
  ]);
  return { live: new Set(rows.map((r) => r.slug)), former: new Set(redirects.map((r) => r.fromSlug)) };
}

/**
 * The slug to save: the one typed (refused when another row of this kind has it, or had it —
 * its old links must keep working), or, when none was typed, one made from the name and
 * numbered until free.
 */
export async function chooseSlug(tx: Tx, kind: SluggedKind, wanted: string, name: string, ownId: string | null): Promise<string> {
  const base = wanted || slugify(name);
  if (!base) throw slugError("Type a slug: the name has no letters or digits that can go in a web address.");
  // Numbered candidates may shorten a long base; a shorter prefix still finds them.
  const { live, former } = await slugsInUse(tx, kind, base.slice(0, 60), ownId);
  if (!wanted) return uniqueSlug(base, (s) => live.has(s) || former.has(s));
  if (live.has(wanted)) throw slugError(`Another ${NOUN[kind]} already uses this slug.`);
  if (former.has(wanted)) throw slugError(`Another ${NOUN[kind]} used this slug before, and its old links still lead there. Choose another.`);
  return wanted;
}

/**
 * A row's slug changed: its old slug redirects to it from now on, and a former slug it takes
 * back is a live address again. Older redirects point at the row's id, so they follow along.
 */
export async function recordSlugChange(tx: Tx, kind: SluggedKind, targetId: string, previous: string, next: string): Promise<void> {
  if (previous === next) return;
  await tx.slugRedirect.deleteMany({ where: { kind, fromSlug: next, targetId } });
  await tx.slugRedirect.upsert({
    where: { kind_fromSlug: { kind, fromSlug: previous } },
    create: { kind, fromSlug: previous, targetId },
    update: { targetId },
  });
}
