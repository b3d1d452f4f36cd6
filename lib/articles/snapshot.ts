/**
 * A revision holds a full snapshot of an article's editable fields: title, slug, standfirst and
 * body in columns (they are what gets compared), the rest as JSON. Pure.
 */
import { z } from "zod";

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
