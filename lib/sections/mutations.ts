/** Writing sections. */
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/mutations";
import { invalidateTaxonomy } from "@/lib/cache/invalidate";
import { chooseSlug, recordSlugChange } from "@/lib/redirects/mutations";
import type { SectionInput } from "@/lib/sections/schemas";

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
  await invalidateTaxonomy("SECTION", [created.slug]);
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
    return { id: current.id, slug, previousSlug: current.slug };
  });
  await invalidateTaxonomy("SECTION", [updated.previousSlug, updated.slug]);
  return { id: updated.id, slug: updated.slug };
}

/** Deletes a section that holds no articles (of any status), with its former slugs. */
export async function deleteSection(actor: Actor, id: string): Promise<void> {
  assertMayManage(actor);
  const slug = await db.$transaction(async (tx) => {
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
    return section.slug;
  });
  await invalidateTaxonomy("SECTION", [slug]);
}
