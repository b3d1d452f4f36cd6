/** Writing author profiles (bylines): the fields, affiliations and links, photo and linked login. */
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { can, roleCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/mutations";
import type { AuthorInput } from "@/lib/authors/schemas";
import { invalidateTaxonomy } from "@/lib/cache/invalidate";
import { env } from "@/lib/env";
import { renderArticleBody } from "@/lib/markdown/render-article-body";
import { chooseSlug, recordSlugChange } from "@/lib/redirects/mutations";
import { invalidFields } from "@/lib/forms";

type Tx = Prisma.TransactionClient;

function assertMayManage(actor: Actor): void {
  if (!can(actor, "author:manage")) throw new AppError("FORBIDDEN", "You are not allowed to manage authors.");
}

/**
 * The photo and the login named by the form must exist. A newly linked login must be a
 * newsroom account and not already anyone else's byline; an existing link may stay.
 */
async function checkReferences(tx: Tx, input: AuthorInput, current: { id: string; userId: string | null } | null): Promise<void> {
  const fieldErrors: Record<string, string[]> = {};
  if (input.photoId && !(await tx.media.findUnique({ where: { id: input.photoId }, select: { id: true } }))) {
    fieldErrors.photoId = ["That image no longer exists. Choose another."];
  }
  if (input.userId) {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { role: true, author: { select: { id: true, name: true } } } });
    if (!user) fieldErrors.userId = ["That account no longer exists."];
    else if (user.author && user.author.id !== current?.id) fieldErrors.userId = [`That account is already linked to ${user.author.name}.`];
    else if (input.userId !== current?.userId && !roleCan(user.role, "admin:access")) {
      fieldErrors.userId = ["Only newsroom accounts (contributors, editors and admins) can be linked."];
    }
  }
  if (Object.keys(fieldErrors).length) throw invalidFields(fieldErrors);
}

/** The columns and rows written from the form, with the bio's HTML derived once, here. */
function authorData(input: AuthorInput, slug: string) {
  return {
    slug,
    name: input.name,
    jobTitle: input.jobTitle,
    bio: input.bio,
    bioHtml: input.bio ? renderArticleBody(input.bio, { locale: env.SITE_LANGUAGE }).html : "",
    photoId: input.photoId,
    userId: input.userId,
    affiliations: { create: input.affiliations.map((a, position) => ({ ...a, position })) },
    links: { create: input.links.map((l, position) => ({ ...l, position })) },
  };
}

export async function createAuthor(actor: Actor, input: AuthorInput): Promise<{ id: string; slug: string }> {
  assertMayManage(actor);
  const created = await db.$transaction(async (tx) => {
    await checkReferences(tx, input, null);
    const slug = await chooseSlug(tx, "AUTHOR", input.slug, input.name, null);
    const author = await tx.author.create({ data: authorData(input, slug), select: { id: true, slug: true } });
    await recordAudit(tx, { actorId: actor.id, action: "author.create", targetType: "author", targetId: author.id, detail: { slug, name: input.name } });
    return author;
  });
  await invalidateTaxonomy("AUTHOR", [created.slug]);
  return created;
}

/** Saves an author; a changed slug leaves a permanent redirect from the old one. */
export async function updateAuthor(actor: Actor, id: string, input: AuthorInput): Promise<{ id: string; slug: string }> {
  assertMayManage(actor);
  const updated = await db.$transaction(async (tx) => {
    const current = await tx.author.findUnique({ where: { id }, select: { id: true, slug: true, userId: true } });
    if (!current) throw new AppError("NOT_FOUND", "That author no longer exists.");
    await checkReferences(tx, input, current);
    const slug = await chooseSlug(tx, "AUTHOR", input.slug, input.name, current.id);
    await recordSlugChange(tx, "AUTHOR", current.id, current.slug, slug);
    await tx.authorAffiliation.deleteMany({ where: { authorId: current.id } });
    await tx.authorLink.deleteMany({ where: { authorId: current.id } });
    await tx.author.update({ where: { id: current.id }, data: authorData(input, slug) });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "author.update",
      targetType: "author",
      targetId: current.id,
      detail: { slug, name: input.name, ...(slug !== current.slug ? { previousSlug: current.slug } : {}) },
    });
    return { id: current.id, slug, previousSlug: current.slug };
  });
  await invalidateTaxonomy("AUTHOR", [updated.previousSlug, updated.slug]);
  return { id: updated.id, slug: updated.slug };
}

/** Deletes an author who is on no byline (of any article, drafts included). Their photo stays in the library. */
export async function deleteAuthor(actor: Actor, id: string): Promise<void> {
  assertMayManage(actor);
  const slug = await db.$transaction(async (tx) => {
    const author = await tx.author.findUnique({ where: { id }, select: { id: true, slug: true, name: true, _count: { select: { articles: true } } } });
    if (!author) throw new AppError("NOT_FOUND", "That author no longer exists.");
    const count = author._count.articles;
    if (count > 0) {
      throw new AppError(
        "CONFLICT",
        `${author.name} is on the byline of ${count} ${count === 1 ? "article" : "articles"} (drafts included). Take them off those bylines first.`,
      );
    }
    await tx.slugRedirect.deleteMany({ where: { kind: "AUTHOR", targetId: author.id } });
    await tx.author.delete({ where: { id: author.id } });
    await recordAudit(tx, { actorId: actor.id, action: "author.delete", targetType: "author", targetId: author.id, detail: { slug: author.slug, name: author.name } });
    return author.slug;
  });
  await invalidateTaxonomy("AUTHOR", [slug]);
}
