/**
 * Test factories: rows with sensible defaults, written straight to the test database.
 * Only tests and the seed may write without going through the mutations in lib/.
 */
import { db } from "@/lib/db";
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
