/**
 * Test factories: rows with sensible defaults, written straight to the test database.
 * Only tests and the seed may write without going through the mutations in lib/.
 */
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import type { ArticleStatus, CommentStatus, Role } from "@/lib/generated/prisma/client";
import { renderArticleBody } from "@/lib/markdown/render-article-body";

let counter = 0;
const next = () => `${Date.now().toString(36)}-${(++counter).toString(36)}`;

export async function createSection(overrides: { slug?: string; name?: string } = {}) {
  const n = next();
  return db.section.create({ data: { slug: overrides.slug ?? `section-${n}`, name: overrides.name ?? `Section ${n}` } });
}

export async function createTag(overrides: { slug?: string; name?: string } = {}) {
  const n = next();
  return db.tag.create({ data: { slug: overrides.slug ?? `tag-${n}`, name: overrides.name ?? `Tag ${n}` } });
}

export async function createAuthor(overrides: { slug?: string; name?: string } = {}) {
  const n = next();
  return db.author.create({ data: { slug: overrides.slug ?? `author-${n}`, name: overrides.name ?? `Author ${n}` } });
}

export async function createUser(overrides: { email?: string; name?: string; role?: Role } = {}) {
  const n = next();
  return db.user.create({
    data: { email: overrides.email ?? `user-${n}@test.example`, name: overrides.name ?? `User ${n}`, role: overrides.role ?? "READER" },
  });
}

/** A new user of `role`, as the policy and the mutations see them (banned from commenting if asked). */
export async function createActor(role: Role, overrides: { banned?: boolean } = {}): Promise<Actor> {
  const user = await createUser({ role });
  if (overrides.banned) await db.user.update({ where: { id: user.id }, data: { bannedAt: new Date(), banReason: "test" } });
  return { id: user.id, role, banned: overrides.banned ?? false };
}

export interface ArticleOverrides {
  slug?: string;
  title?: string;
  status?: ArticleStatus;
  publishedAt?: Date | null;
  scheduledAt?: Date | null;
  sectionId?: string;
  authorIds?: string[];
  tagIds?: string[];
  body?: string;
}

export async function createArticle(overrides: ArticleOverrides = {}) {
  const n = next();
  const status = overrides.status ?? "PUBLISHED";
  const body = overrides.body ?? `Body of article ${n}.`;
  const rendered = renderArticleBody(body);
  return db.article.create({
    data: {
      slug: overrides.slug ?? `article-${n}`,
      title: overrides.title ?? `Article ${n}`,
      status,
      body,
      bodyHtml: rendered.html,
      plainText: rendered.plainText,
      wordCount: rendered.wordCount,
      readingMinutes: rendered.readingMinutes,
      publishedAt: overrides.publishedAt !== undefined ? overrides.publishedAt : status === "PUBLISHED" ? new Date(Date.now() - 60_000) : null,
      scheduledAt: overrides.scheduledAt ?? null,
      sectionId: overrides.sectionId,
      authors: { create: (overrides.authorIds ?? []).map((authorId, position) => ({ authorId, position })) },
      tags: { create: (overrides.tagIds ?? []).map((tagId, position) => ({ tagId, position })) },
    },
  });
}

export async function createComment(data: {
  articleId: string;
  userId: string | null;
  body?: string;
  status?: CommentStatus;
  parentId?: string;
  deletedAt?: Date;
  createdAt?: Date;
}) {
  return db.comment.create({
    data: { body: data.body ?? "A comment.", status: data.status ?? "APPROVED", ...data },
  });
}

/** A report on a comment by a new reader. */
export async function createReport(commentId: string, reason = "") {
  const reporter = await createUser();
  return db.commentReport.create({ data: { commentId, reporterId: reporter.id, reason } });
}

/**
 * Everything a moderation or user mutation could change, to show that a refused call changed
 * nothing at all.
 */
export async function databaseSnapshot() {
  const [comments, reports, users, articles, audit] = await Promise.all([
    db.comment.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, moderatedAt: true, moderatedById: true, deletedAt: true } }),
    db.commentReport.findMany({ orderBy: { id: "asc" }, select: { id: true, resolvedAt: true } }),
    db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, role: true, bannedAt: true, banReason: true } }),
    db.article.findMany({ orderBy: { id: "asc" }, select: { id: true, commentCount: true } }),
    db.auditEvent.count(),
  ]);
  return { comments, reports, users, articles, audit };
}
