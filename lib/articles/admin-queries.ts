/**
 * Editorial reads: drafts and every other state. Each function takes the acting user and
 * checks the permission itself — these are never reachable by a reader.
 */
import "server-only";
import { db } from "@/lib/db";
import { containsText } from "@/lib/dialect";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { can, canEditArticle, type Actor, type ArticleStatus } from "@/lib/auth/permissions";
import { contentSelect, fromRevisionColumns, snapshotOf, type ArticleSnapshot } from "@/lib/articles/snapshot";

const forbidden = () => new AppError("FORBIDDEN", "You are not allowed to see this.");

export interface AdminArticleRowDTO {
  id: string;
  title: string;
  slug: string;
  status: ArticleStatus;
  section: string | null;
  authors: string[];
  updatedAt: Date;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  hasPendingChange: boolean;
}

export interface AdminArticleFilters {
  status?: ArticleStatus;
  sectionId?: string;
  authorId?: string;
  q?: string;
  page: number;
}

export const ADMIN_PAGE_SIZE = 25;

export async function listAdminArticles(actor: Actor, f: AdminArticleFilters): Promise<{ rows: AdminArticleRowDTO[]; total: number }> {
  if (!can(actor, "admin:access")) throw forbidden();
  const where: Prisma.ArticleWhereInput = {
    ...(can(actor, "article:edit-any") ? {} : { createdById: actor.id }),
    ...(f.status ? { status: f.status } : {}),
    ...(f.sectionId ? { sectionId: f.sectionId } : {}),
    ...(f.authorId ? { authors: { some: { authorId: f.authorId } } } : {}),
    ...(f.q ? { title: containsText(f.q) } : {}),
  };
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (f.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        slug: true,
        status: true,
        updatedAt: true,
        publishedAt: true,
        scheduledAt: true,
        section: { select: { name: true } },
        authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
        _count: { select: { revisions: { where: { state: "PENDING" } } } },
      },
    }),
  ]);
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      title: r.title,
      slug: r.slug,
      status: r.status,
      section: r.section?.name ?? null,
      authors: r.authors.map((a) => a.author.name),
      updatedAt: r.updatedAt,
      publishedAt: r.publishedAt,
      scheduledAt: r.scheduledAt,
      hasPendingChange: r._count.revisions > 0,
    })),
  };
}

export interface EditableArticleDTO {
  id: string;
  status: ArticleStatus;
  version: number;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  createdById: string | null;
  /** What the form starts from: the pending change of a live story if there is one, else the article. */
  snapshot: ArticleSnapshot;
  tagNames: string[];
  pending: { id: string; createdAt: Date; by: string | null; changeKind: "MINOR" | "SUBSTANTIVE" | null } | null;
  corrections: { id: string; body: string; createdAt: Date }[];
}

export async function getEditableArticle(actor: Actor, id: string): Promise<EditableArticleDTO | null> {
  const row = await db.article.findUnique({
    where: { id },
    select: { ...contentSelect, corrections: { orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true } } },
  });
  if (!row) return null;
  if (!canEditArticle(actor, { status: row.status, createdById: row.createdById })) throw forbidden();
  const pendingRevision = await db.revision.findFirst({
    where: { articleId: id, state: "PENDING" },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, changeKind: true, title: true, slug: true, standfirst: true, body: true, meta: true, createdBy: { select: { name: true } } },
  });
  const snapshot = pendingRevision ? fromRevisionColumns(pendingRevision) : snapshotOf(row);
  const tags = await db.tag.findMany({ where: { id: { in: snapshot.tagIds } }, select: { id: true, name: true } });
  const tagNames = snapshot.tagIds.map((tid) => tags.find((t) => t.id === tid)?.name).filter((n): n is string => Boolean(n));
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    publishedAt: row.publishedAt,
    scheduledAt: row.scheduledAt,
    createdById: row.createdById,
    snapshot,
    tagNames,
    pending: pendingRevision && { id: pendingRevision.id, createdAt: pendingRevision.createdAt, by: pendingRevision.createdBy?.name ?? null, changeKind: pendingRevision.changeKind },
    corrections: row.corrections,
  };
}

export interface RevisionRowDTO {
  id: string;
  state: "SAVED" | "PENDING" | "APPLIED" | "REJECTED";
  changeKind: "MINOR" | "SUBSTANTIVE" | null;
  title: string;
  note: string;
  by: string | null;
  createdAt: Date;
}

export async function listRevisions(actor: Actor, articleId: string): Promise<{ title: string; status: ArticleStatus; revisions: RevisionRowDTO[] } | null> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { title: true, status: true, createdById: true } });
  if (!article) return null;
  if (!canEditArticle(actor, article)) throw forbidden();
  const revisions = await db.revision.findMany({
    where: { articleId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, state: true, changeKind: true, title: true, note: true, createdAt: true, createdBy: { select: { name: true } } },
  });
  return {
    title: article.title,
    status: article.status,
    revisions: revisions.map((r) => ({ id: r.id, state: r.state, changeKind: r.changeKind, title: r.title, note: r.note, by: r.createdBy?.name ?? null, createdAt: r.createdAt })),
  };
}

/** A revision's full snapshot, for comparison. */
export async function getRevisionSnapshot(actor: Actor, articleId: string, revisionId: string): Promise<ArticleSnapshot | null> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { status: true, createdById: true } });
  if (!article) return null;
  if (!canEditArticle(actor, article)) throw forbidden();
  const revision = await db.revision.findFirst({ where: { id: revisionId, articleId }, select: { title: true, slug: true, standfirst: true, body: true, meta: true } });
  return revision && fromRevisionColumns(revision);
}

/** Options for the editor's selects. */
export async function listEditorOptions(actor: Actor) {
  if (!can(actor, "article:create")) throw forbidden();
  const [sections, authors] = await Promise.all([
    db.section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    db.author.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { sections, authors };
}

/** The byline of the person starting an article: their own author profile, if they have one. */
export async function getOwnBylineId(actor: Actor): Promise<string | null> {
  if (!can(actor, "article:create")) throw forbidden();
  const author = await db.author.findUnique({ where: { userId: actor.id }, select: { id: true } });
  return author?.id ?? null;
}
