/** Writing tags: the tag admin, and tags an article editor creates on the fly. */
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/mutations";
import { invalidateTaxonomy } from "@/lib/cache/invalidate";
import { chooseSlug, recordSlugChange } from "@/lib/redirects/mutations";
import { TAG_NAME_MAX_LENGTH, type TagInput } from "@/lib/tags/schemas";
import { slugify } from "@/lib/text/slug";
import { invalidField } from "@/lib/forms";

type Tx = Prisma.TransactionClient;

const tagsError = (message: string) => invalidField("tags", message);

/**
 * The ids of the tags with these names, in the order given, creating the missing ones inside
 * the caller's transaction when the actor may manage tags (editors); anyone else (a
 * contributor) chooses from the tags that exist and is told which names are not tags yet.
 * Names are trimmed and blank ones skipped; names that make the same slug ("AI" and "ai") count
 * once. An existing tag is found by its slug, or by a former slug of it (a renamed tag), and
 * keeps its own spelling. The caller checks its own permission to save the article; each tag
 * created is audited under the actor.
 */
export async function findOrCreateTags(tx: Tx, names: string[], actor: Actor): Promise<string[]> {
  const wanted = new Map<string, string>();
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/g, " ");
    if (!name) continue;
    if (name.length > TAG_NAME_MAX_LENGTH) throw tagsError(`Tag names are at most ${TAG_NAME_MAX_LENGTH} characters.`);
    const slug = slugify(name);
    if (!slug) throw tagsError(`“${name}” cannot be made into a web address. Use Latin letters or digits in tag names.`);
    if (!wanted.has(slug)) wanted.set(slug, name);
  }
  if (wanted.size === 0) return [];
  const existing = await tx.tag.findMany({ where: { slug: { in: [...wanted.keys()] } }, select: { id: true, slug: true } });
  const ids = new Map(existing.map((t) => [t.slug, t.id]));
  const missing = [...wanted.keys()].filter((slug) => !ids.has(slug));
  if (missing.length) {
    const renamed = await tx.slugRedirect.findMany({ where: { kind: "TAG", fromSlug: { in: missing } }, select: { fromSlug: true, targetId: true } });
    const live = await tx.tag.findMany({ where: { id: { in: renamed.map((r) => r.targetId) } }, select: { id: true } });
    const liveIds = new Set(live.map((t) => t.id));
    for (const r of renamed) if (liveIds.has(r.targetId)) ids.set(r.fromSlug, r.targetId);
  }
  const unknown = [...wanted].filter(([slug]) => !ids.has(slug)).map(([, name]) => `“${name}”`);
  if (unknown.length > 0 && !can(actor, "tag:manage")) {
    throw tagsError(`${unknown.join(", ")} ${unknown.length === 1 ? "is not a tag" : "are not tags"} yet. Choose existing tags, or ask an editor to add ${unknown.length === 1 ? "it" : "them"}.`);
  }
  for (const [slug, name] of wanted) {
    if (ids.has(slug)) continue;
    const tag = await tx.tag.create({ data: { slug, name }, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: "tag.create", targetType: "tag", targetId: tag.id, detail: { slug, name, onTheFly: true } });
    ids.set(slug, tag.id);
  }
  // Two names may lead to one tag (its current and a former slug): each id once.
  return [...new Set([...wanted.keys()].map((slug) => ids.get(slug)!))];
}

function assertMayManage(actor: Actor): void {
  if (!can(actor, "tag:manage")) throw new AppError("FORBIDDEN", "You are not allowed to manage tags.");
}

export async function createTag(actor: Actor, input: TagInput): Promise<{ id: string; slug: string }> {
  assertMayManage(actor);
  const created = await db.$transaction(async (tx) => {
    const slug = await chooseSlug(tx, "TAG", input.slug, input.name, null);
    const tag = await tx.tag.create({ data: { slug, name: input.name, description: input.description }, select: { id: true, slug: true } });
    await recordAudit(tx, { actorId: actor.id, action: "tag.create", targetType: "tag", targetId: tag.id, detail: { slug, name: input.name } });
    return tag;
  });
  await invalidateTaxonomy("TAG", [created.slug]);
  return created;
}

export async function updateTag(actor: Actor, id: string, input: TagInput): Promise<{ id: string; slug: string }> {
  assertMayManage(actor);
  const updated = await db.$transaction(async (tx) => {
    const current = await tx.tag.findUnique({ where: { id }, select: { id: true, slug: true, name: true } });
    if (!current) throw new AppError("NOT_FOUND", "That tag no longer exists.");
    const slug = await chooseSlug(tx, "TAG", input.slug, input.name, current.id);
    await recordSlugChange(tx, "TAG", current.id, current.slug, slug);
    await tx.tag.update({ where: { id: current.id }, data: { slug, name: input.name, description: input.description } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "tag.update",
      targetType: "tag",
      targetId: current.id,
      detail: { slug, name: input.name, ...(slug !== current.slug ? { previousSlug: current.slug } : {}) },
    });
    // Stories show a tag's name and address; its description only its own pages.
    const shownElsewhere = slug !== current.slug || input.name !== current.name;
    return { id: current.id, slug, previousSlug: current.slug, shownElsewhere };
  });
  await invalidateTaxonomy("TAG", [updated.previousSlug, updated.slug], { ownPagesOnly: !updated.shownElsewhere });
  return { id: updated.id, slug: updated.slug };
}

/** Deletes a tag that no article (of any status) carries, with its former slugs. */
export async function deleteTag(actor: Actor, id: string): Promise<void> {
  assertMayManage(actor);
  const slug = await db.$transaction(async (tx) => {
    const tag = await tx.tag.findUnique({ where: { id }, select: { id: true, slug: true, name: true, _count: { select: { articles: true } } } });
    if (!tag) throw new AppError("NOT_FOUND", "That tag no longer exists.");
    const count = tag._count.articles;
    if (count > 0) {
      throw new AppError("CONFLICT", `“${tag.name}” is on ${count} ${count === 1 ? "article" : "articles"} (drafts included). Remove it from them first.`);
    }
    await tx.slugRedirect.deleteMany({ where: { kind: "TAG", targetId: tag.id } });
    await tx.tag.delete({ where: { id: tag.id } });
    await recordAudit(tx, { actorId: actor.id, action: "tag.delete", targetType: "tag", targetId: tag.id, detail: { slug: tag.slug, name: tag.name } });
    return tag.slug;
  });
  await invalidateTaxonomy("TAG", [slug]);
}
