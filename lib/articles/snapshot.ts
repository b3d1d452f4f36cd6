/**
 * A snapshot of an article's editable fields: what the editor edits, what a revision holds
 * (title, slug, standfirst and body in columns, as they are what gets compared; the rest as
 * JSON), and how it is read from an article row. Pure.
 */
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";

export const snapshotMetaSchema = z.object({
  heroImageId: z.string().nullable().default(null),
  heroAlt: z.string().default(""),
  heroCaption: z.string().default(""),
  heroCredit: z.string().default(""),
  sectionId: z.string().nullable().default(null),
  tagIds: z.array(z.string()).default([]),
  authorIds: z.array(z.string()).default([]),
  seoTitle: z.string().default(""),
  seoDescription: z.string().default(""),
  commentsOpen: z.boolean().default(true),
});

export type SnapshotMeta = z.infer<typeof snapshotMetaSchema>;

export interface ArticleSnapshot extends SnapshotMeta {
  title: string;
  slug: string;
  standfirst: string;
  body: string;
}

export function toRevisionColumns(s: ArticleSnapshot): { title: string; slug: string; standfirst: string; body: string; meta: string } {
  const { title, slug, standfirst, body, ...meta } = s;
  return { title, slug, standfirst, body, meta: JSON.stringify(snapshotMetaSchema.parse(meta)) };
}

export function fromRevisionColumns(row: { title: string; slug: string; standfirst: string; body: string; meta: string }): ArticleSnapshot {
  let meta: unknown = {};
  try {
    meta = JSON.parse(row.meta);
  } catch {
    meta = {};
  }
  const parsed = snapshotMetaSchema.safeParse(meta);
  return { title: row.title, slug: row.slug, standfirst: row.standfirst, body: row.body, ...(parsed.success ? parsed.data : snapshotMetaSchema.parse({})) };
}

/** The columns of an article row that make its snapshot, and what its writes need to know. */
export const contentSelect = {
  id: true,
  slug: true,
  status: true,
  title: true,
  standfirst: true,
  body: true,
  heroImageId: true,
  heroAlt: true,
  heroCaption: true,
  heroCredit: true,
  sectionId: true,
  seoTitle: true,
  seoDescription: true,
  commentsOpen: true,
  version: true,
  createdById: true,
  publishedAt: true,
  scheduledAt: true,
  tags: { orderBy: { position: "asc" }, select: { tagId: true } },
  authors: { orderBy: { position: "asc" }, select: { authorId: true } },
} satisfies Prisma.ArticleSelect;

export type ContentRow = Prisma.ArticleGetPayload<{ select: typeof contentSelect }>;

export function snapshotOf(row: ContentRow): ArticleSnapshot {
  return {
    title: row.title,
    slug: row.slug,
    standfirst: row.standfirst,
    body: row.body,
    heroImageId: row.heroImageId,
    heroAlt: row.heroAlt,
    heroCaption: row.heroCaption,
    heroCredit: row.heroCredit,
    sectionId: row.sectionId,
    tagIds: row.tags.map((t) => t.tagId),
    authorIds: row.authors.map((a) => a.authorId),
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    commentsOpen: row.commentsOpen,
  };
}
