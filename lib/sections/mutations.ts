/**
 * Writing sections. Also home to the slug rules that authors, sections and tags share (a slug
 * is unique among its kind, a former slug keeps redirecting); they would sit well in a
 * lib/redirects/mutations.ts once that exists.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/mutations";
import { invalidatePublicSite } from "@/lib/cache/invalidate";
import type { RedirectKind } from "@/lib/redirects/queries";
import type { SectionInput } from "@/lib/sections/schemas";
import { slugify, uniqueSlug } from "@/lib/text/slug";

type Tx = Prisma.TransactionClient;
export type SluggedKind = Exclude<RedirectKind, "ARTICLE">;

const NOUN: Record<SluggedKind, string> = { AUTHOR: "author", SECTION: "section", TAG: "tag" };

const slugError = (message: string) => new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { slug: [message] });

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

function assertMayManage(actor: Actor): void {
  if (!can(actor, "section:manage")) throw new AppError("FORBIDDEN", "You are not allowed to manage sections.");
}

export async function createSection(actor: Actor, input: SectionInput): Promise<{ id: string; slug: string }> {
  assertMayManage(actor);
  const created = await db.$transaction(async (tx) => {
    const slug = await chooseSlug(tx, "SECTION", input.slug, input.name, null);
    const last = await tx.section.aggregate({ _max: { position: true } });
    const position = input.position ?? (last._max.position ?? -1) + 1;
    const section = await tx.section.create({
      data: { slug, name: input.name, description: input.description, position },
      select: { id: true, slug: true },
    });
    await recordAudit(tx, { actorId: actor.id, action: "section.create", targetType: "section", targetId: section.id, detail: { slug, name: input.name } });
    return section;
  });
  invalidatePublicSite();
  return created;
}

export async function updateSection(actor: Actor, id: string, input: SectionInput): Promise<{ id: string; slug: string }> {
  assertMayManage(actor);
  const updated = await db.$transaction(async (tx) => {
    const current = await tx.section.findUnique({ where: { id }, select: { id: true, slug: true } });
    if (!current) throw new AppError("NOT_FOUND", "That section no longer exists.");
    const slug = await chooseSlug(tx, "SECTION", input.slug, input.name, current.id);
    await recordSlugChange(tx, "SECTION", current.id, current.slug, slug);
    await tx.section.update({
      where: { id: current.id },
      data: { slug, name: input.name, description: input.description, ...(input.position === null ? {} : { position: input.position }) },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "section.update",
      targetType: "section",
      targetId: current.id,
      detail: { slug, name: input.name, ...(slug !== current.slug ? { previousSlug: current.slug } : {}) },
    });
    return { id: current.id, slug };
  });
  invalidatePublicSite();
  return updated;
}

/** Deletes a section that holds no articles (of any status), with its former slugs. */
export async function deleteSection(actor: Actor, id: string): Promise<void> {
  assertMayManage(actor);
  await db.$transaction(async (tx) => {
    const section = await tx.section.findUnique({ where: { id }, select: { id: true, slug: true, name: true, _count: { select: { articles: true } } } });
    if (!section) throw new AppError("NOT_FOUND", "That section no longer exists.");
    const count = section._count.articles;
    if (count > 0) {
      throw new AppError(
        "CONFLICT",
        `“${section.name}” still holds ${count} ${count === 1 ? "article" : "articles"} (drafts included). Move them to another section first.`,
      );
    }
    await tx.slugRedirect.deleteMany({ where: { kind: "SECTION", targetId: section.id } });
    await tx.section.delete({ where: { id: section.id } });
    await recordAudit(tx, { actorId: actor.id, action: "section.delete", targetType: "section", targetId: section.id, detail: { slug: section.slug, name: section.name } });
  });
  invalidatePublicSite();
}
