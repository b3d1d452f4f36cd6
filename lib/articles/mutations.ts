/**
 * The editorial workflow: saving, review, publishing, scheduling, unpublishing, and changes to
 * live stories through pending revisions. Authorisation is re-checked here whatever the caller.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { can, canEditArticle, canMoveArticle, type Actor, type ArticleStatus } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/mutations";
import { invalidateArticle } from "@/lib/cache/invalidate";
import { findOrCreateTags } from "@/lib/tags/mutations";
import { assertReferencesExist, claimSlug, writeContent } from "@/lib/articles/content-writes";
import type { ArticleFields, ArticleIntent } from "@/lib/articles/schemas";
import { contentSelect, toRevisionColumns, type ArticleSnapshot, type ContentRow } from "@/lib/articles/snapshot";
import type { ArticleNotice } from "@/lib/articles/notices";
import { invalidField } from "@/lib/forms";
import { clearAutosave } from "@/lib/autosave/mutations";

export interface SaveRequest {
  articleId: string | null;
  version: number;
  intent: ArticleIntent;
  fields: ArticleFields;
  scheduledAt: Date | null;
  changeKind: "MINOR" | "SUBSTANTIVE" | null;
  note: string;
}

export interface SaveResult {
  id: string;
  slug: string;
  status: ArticleStatus;
  notice: ArticleNotice;
}

/** A save as the transaction ends it: `live` when what readers see changed (the cache is told). */
interface SaveOutcome extends SaveResult {
  live: boolean;
}

type Tx = Prisma.TransactionClient;

const forbidden = () => new AppError("FORBIDDEN", "You are not allowed to do that to this article.");

function checkReadiness(s: ArticleSnapshot, intent: ArticleIntent): void {
  if (s.heroImageId && !s.heroAlt) throw invalidField("heroAlt", "Describe the hero image for people who cannot see it.");
  const goingLive = intent === "publish" || intent === "schedule" || intent === "apply" || intent === "propose";
  if (goingLive && s.authorIds.length === 0) throw invalidField("authorIds", "A published story needs at least one author.");
  if (goingLive && !s.body.trim()) throw invalidField("body", "A published story needs a body.");
}

const TARGET: Partial<Record<ArticleIntent, ArticleStatus>> = {
  submit: "IN_REVIEW",
  publish: "PUBLISHED",
  schedule: "SCHEDULED",
  unpublish: "ARCHIVED",
};

/** Intents that change a live story's text (through a revision); unpublishing moves it like any article. */
const LIVE_STORY_INTENTS: ReadonlySet<ArticleIntent> = new Set(["propose", "apply", "save"]);

/**
 * A change to a live story, which stays online either way: it waits as a pending revision
 * (superseding any earlier one), or an editor applies it at once and says whether it is
 * substantive (only that moves "Updated").
 */
async function saveLiveStoryChange(tx: Tx, actor: Actor, current: ContentRow, snapshot: ArticleSnapshot, req: SaveRequest, now: Date): Promise<SaveOutcome> {
  if (!can(actor, "article:edit-any")) throw forbidden();
  const apply = req.intent === "apply";
  if (apply && !can(actor, "article:approve-revision")) throw forbidden();
  if (apply && !req.changeKind) throw invalidField("changeKind", "Say whether this change is minor (a typo) or substantive.");
  await tx.revision.updateMany({ where: { articleId: current.id, state: "PENDING" }, data: { state: "REJECTED", decidedAt: now, note: "Superseded by a newer change" } });
  const revision = await tx.revision.create({
    data: { articleId: current.id, state: apply ? "APPLIED" : "PENDING", changeKind: req.changeKind, note: req.note, createdById: actor.id, decidedAt: apply ? now : null, ...toRevisionColumns(snapshot) },
    select: { id: true },
  });
  if (apply) {
    await writeContent(tx, current, snapshot, req.changeKind === "SUBSTANTIVE" ? { modifiedAt: now } : {});
  } else {
    await tx.article.update({ where: { id: current.id }, data: { version: { increment: 1 } } });
  }
  await recordAudit(tx, { actorId: actor.id, action: apply ? "article.revision.apply" : "article.revision.propose", targetType: "article", targetId: current.id, detail: { revisionId: revision.id, changeKind: req.changeKind } });
  return { id: current.id, slug: apply ? snapshot.slug : current.slug, status: current.status, live: apply, notice: apply ? "live" : "proposed" };
}

/** Saves the editor's form and carries out its intent, in one transaction. */
export async function saveArticle(actor: Actor, req: SaveRequest, now = new Date()): Promise<SaveResult> {
  const result = await db.$transaction(async (tx): Promise<SaveOutcome> => {
    let current: ContentRow | null = null;
    if (req.articleId) {
      current = await tx.article.findUnique({ where: { id: req.articleId }, select: contentSelect });
      if (!current) throw new AppError("NOT_FOUND", "That article no longer exists.");
      if (!canEditArticle(actor, { status: current.status, createdById: current.createdById })) throw forbidden();
      if (current.version !== req.version) {
        throw new AppError(
          "CONFLICT",
          "Someone else saved this article after you opened it. Nothing was lost: your version is still in the form. Copy your changes, reload the page, and apply them again.",
        );
      }
    } else if (!can(actor, "article:create")) {
      throw forbidden();
    }

    const snapshot: ArticleSnapshot = {
      ...req.fields,
      slug: await claimSlug(tx, req.fields.slug, req.fields.title, current?.id ?? null),
      tagIds: await findOrCreateTags(tx, req.fields.tags, actor),
    };
    await assertReferencesExist(tx, snapshot);
    checkReadiness(snapshot, req.intent);
    // What the form held is saved now (unpublishing leaves the text as it was): its autosave goes.
    if (req.intent !== "unpublish") await clearAutosave(tx, actor.id, req.articleId);

    if (!current) {
      const created = await tx.article.create({ data: { slug: snapshot.slug, title: snapshot.title, createdById: actor.id }, select: contentSelect });
      await recordAudit(tx, { actorId: actor.id, action: "article.create", targetType: "article", targetId: created.id, detail: { title: snapshot.title } });
      current = created;
    }
    const facts = { status: current.status, createdById: current.createdById };

    if (current.status === "PUBLISHED" && LIVE_STORY_INTENTS.has(req.intent)) return saveLiveStoryChange(tx, actor, current, snapshot, req, now);

    const target = TARGET[req.intent];
    if (target && !canMoveArticle(actor, facts, target)) throw forbidden();
    if (req.intent === "unpublish") {
      await tx.article.update({ where: { id: current.id }, data: { status: "ARCHIVED", version: { increment: 1 } } });
      await recordAudit(tx, { actorId: actor.id, action: "article.unpublish", targetType: "article", targetId: current.id });
      return { id: current.id, slug: current.slug, status: "ARCHIVED", live: true, notice: "unpublished" };
    }
    if (req.intent === "schedule" && (!req.scheduledAt || req.scheduledAt <= now)) throw invalidField("scheduledAt", "Choose a time in the future.");

    // A story that was live before keeps its first publication time when it is republished.
    const status: ArticleStatus = target ?? current.status;
    await writeContent(tx, current, snapshot, {
      status,
      ...(status === "PUBLISHED" && !current.publishedAt ? { publishedAt: now } : {}),
      scheduledAt: status === "SCHEDULED" ? req.scheduledAt : null,
    });
    await tx.revision.create({ data: { articleId: current.id, state: status === "PUBLISHED" ? "APPLIED" : "SAVED", note: req.note, createdById: actor.id, ...toRevisionColumns(snapshot) } });
    if (target && target !== current.status) {
      await recordAudit(tx, { actorId: actor.id, action: `article.${req.intent}`, targetType: "article", targetId: current.id, detail: { from: current.status, to: target, scheduledAt: req.scheduledAt?.toISOString() } });
    }
    const notices: Partial<Record<ArticleIntent, ArticleNotice>> = { submit: "submitted", publish: "published", schedule: "scheduled" };
    return { id: current.id, slug: snapshot.slug, status, live: status === "PUBLISHED" || current.status === "PUBLISHED", notice: notices[req.intent] ?? ("saved" as ArticleNotice) };
  });
  if (result.live) await invalidateArticle(result.id);
  return { id: result.id, slug: result.slug, status: result.status, notice: result.notice };
}
