/**
 * Prisma selections and row → DTO mappers shared by the article queries. Selecting through
 * these keeps every list of articles the same shape.
 */
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleCardDTO, AuthorBoxDTO, ImageDTO } from "@/lib/articles/dto";

/** The one filter that makes an article public: published, and its time has come. */
export function publishedWhere(now: Date = new Date()): Prisma.ArticleWhereInput {
  return { status: "PUBLISHED", publishedAt: { lte: now } };
}

export const imageSelect = {
  key: true,
  width: true,
  height: true,
  alt: true,
} satisfies Prisma.MediaSelect;

export const cardSelect = {
  id: true,
  slug: true,
  title: true,
  standfirst: true,
  publishedAt: true,
  readingMinutes: true,
  commentCount: true,
  heroAlt: true,
  heroImage: { select: imageSelect },
  section: { select: { slug: true, name: true } },
  authors: { orderBy: { position: "asc" }, select: { author: { select: { slug: true, name: true } } } },
} satisfies Prisma.ArticleSelect;

type CardRow = Prisma.ArticleGetPayload<{ select: typeof cardSelect }>;

export function toImage(row: { key: string; width: number; height: number; alt: string } | null, alt?: string): ImageDTO | null {
  if (!row) return null;
  return { key: row.key, width: row.width, height: row.height, alt: alt || row.alt };
}

export function toCard(row: CardRow): ArticleCardDTO {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    standfirst: row.standfirst,
    // Public queries only return published rows, which always have a publication time.
    publishedAt: row.publishedAt ?? new Date(0),
    readingMinutes: row.readingMinutes,
    commentCount: row.commentCount,
    section: row.section,
    authors: row.authors.map((a) => a.author),
    hero: toImage(row.heroImage, row.heroAlt),
  };
}

export const authorBoxSelect = {
  slug: true,
  name: true,
  jobTitle: true,
  bioHtml: true,
  photo: { select: imageSelect },
  affiliations: { orderBy: { position: "asc" }, select: { role: true, organisation: true, url: true } },
  links: { orderBy: { position: "asc" }, select: { kind: true, url: true } },
} satisfies Prisma.AuthorSelect;

type AuthorBoxRow = Prisma.AuthorGetPayload<{ select: typeof authorBoxSelect }>;

export function toAuthorBox(row: AuthorBoxRow): AuthorBoxDTO {
  return {
    slug: row.slug,
    name: row.name,
    jobTitle: row.jobTitle,
    bioHtml: row.bioHtml,
    photo: toImage(row.photo, `Portrait of ${row.name}`),
    affiliations: row.affiliations,
    links: row.links,
  };
}
