/**
 * Autosaves: what a person's editor form held a few seconds ago, one per person and article
 * (and one for the article they have not saved yet). They live on the server, so a closed tab,
 * a crash or another device restores them; they never touch the article itself, so a live
 * story's readers see nothing until someone saves (docs/product-choices.md, Autosave).
 */
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { canAutosaveArticle, type Actor } from "@/lib/auth/permissions";
import { autosaveKey } from "@/lib/autosave/restore";
import { AUTOSAVED_FIELDS, type AutosaveForm, type AutosavedFields } from "@/lib/autosave/schemas";

const forbidden = () => new AppError("FORBIDDEN", "You are not allowed to edit this article.");

function fieldsOf(form: AutosaveForm): AutosavedFields {
  return Object.fromEntries(AUTOSAVED_FIELDS.map((name) => [name, form[name]])) as AutosavedFields;
}

/**
 * Keeps the form's text for its writer; says when. Only someone who may edit the article may. A
 * new article's form with nothing in it (the editor always sends its defaults, so only a request
 * made by hand) has nothing to keep: it leaves no autosave behind and answers `savedAt: null`.
 */
export async function autosaveArticle(actor: Actor, form: AutosaveForm): Promise<{ savedAt: Date | null }> {
  if (form.articleId) {
    const article = await db.article.findUnique({ where: { id: form.articleId }, select: { status: true, createdById: true } });
    if (!article) throw new AppError("NOT_FOUND", "That article no longer exists.");
    if (!canAutosaveArticle(actor, article)) throw forbidden();
  } else if (!canAutosaveArticle(actor, null)) {
    throw forbidden();
  } else if (AUTOSAVED_FIELDS.every((name) => form[name] === "")) {
    await discardAutosave(actor, null);
    return { savedAt: null };
  }
  const articleKey = autosaveKey(form.articleId);
  const data = { articleId: form.articleId, baseVersion: form.version, fields: JSON.stringify(fieldsOf(form)) };
  const saved = await db.articleAutosave.upsert({
    where: { userId_articleKey: { userId: actor.id, articleKey } },
    create: { userId: actor.id, articleKey, ...data },
    update: data,
    select: { updatedAt: true },
  });
  return { savedAt: saved.updatedAt };
}

/** Throws away the person's own autosave of an article (or of their new one); none is fine. */
export async function discardAutosave(actor: Actor, articleId: string | null): Promise<void> {
  await db.articleAutosave.deleteMany({ where: { userId: actor.id, articleKey: autosaveKey(articleId) } });
}

/**
 * Inside a save's transaction: the saved article now holds what the writer's autosave kept.
 * `articleId` is the article as the form named it (null for a new one).
 */
export async function clearAutosave(tx: Prisma.TransactionClient, userId: string, articleId: string | null): Promise<void> {
  await tx.articleAutosave.deleteMany({ where: { userId, articleKey: autosaveKey(articleId) } });
}
