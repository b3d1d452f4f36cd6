/**
 * Prisma selections and row → DTO mappers shared by the article queries. Selecting through
 * these keeps every list of articles the same shape. The hot public reads (a story, a list of
 * cards) select the same fields in one SQL statement instead, related rows built as JSON by the
 * database (Prisma sends one query per relation; lib/dialect.ts writes the JSON in each
 * dialect); their fragments are here beside the selections they mirror, and
 * lib/articles/queries.int.test.ts compares the two.
 */
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { columns, joinInOrder, jsonDate, jsonObject, jsonRow, jsonRows } from "@/lib/dialect";
import type { ArticleCardDTO, AuthorBoxDTO, ImageDTO } from "@/lib/articles/dto";

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

/** imageSelect as JSON: the Media row whose id is `id`, or null. */
export const imageJson = (id: Prisma.Sql) => jsonRow(jsonObject(columns("m", ["key", "width", "height", "alt"])), Prisma.sql`FROM "Media" m WHERE m."id" = ${id}`);

export interface ImageJson {
  key: string;
  width: number;
  height: number;
  alt: string;
}

/** The section link of the article aliased `a`, as JSON (null without a section). */
export const sectionLinkJson = jsonRow(jsonObject(columns("s", ["slug", "name"])), Prisma.sql`FROM "Section" s WHERE s."id" = a."sectionId"`);

/** The bylines of the article aliased `a`, as a JSON array in no order; each carries its position. */
export const bylinesJson = jsonRows(
  jsonObject({ ...columns("l", ["position"]), ...columns("w", ["slug", "name"]) }),
  Prisma.sql`FROM "ArticleAuthor" l ${joinInOrder} "Author" w ON w."id" = l."authorId" WHERE l."articleId" = a."id"`,
);

/** The tags of the article aliased `a`, as a JSON array in no order; each carries its position. */
export const tagLinksJson = jsonRows(
  jsonObject({ ...columns("l", ["position"]), ...columns("t", ["id", "slug", "name"]) }),
  Prisma.sql`FROM "ArticleTag" l ${joinInOrder} "Tag" t ON t."id" = l."tagId" WHERE l."articleId" = a."id"`,
);

/** cardSelect as JSON, for the article aliased `a`; authors carry their position. */
export const cardJson = jsonObject({
  ...columns("a", ["id", "slug", "title", "standfirst"]),
  publishedAt: jsonDate(Prisma.sql`a."publishedAt"`),
  ...columns("a", ["readingMinutes", "commentCount", "heroAlt"]),
  heroImage: imageJson(Prisma.sql`a."heroImageId"`),
  section: sectionLinkJson,
  authors: bylinesJson,
});

export interface CardJson {
  id: string;
  slug: string;
  title: string;
  standfirst: string;
  publishedAt: string | null;
  readingMinutes: number;
  commentCount: number;
  heroAlt: string;
  heroImage: ImageJson | null;
  section: { slug: string; name: string } | null;
  authors: { position: number; slug: string; name: string }[];
}

/** Rows listed in their `position` order (JSON arrays come in no particular order). */
export const byPosition = <T extends { position: number }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => a.position - b.position);

export function cardFromJson(json: CardJson): ArticleCardDTO {
  return toCard({
    ...json,
    publishedAt: json.publishedAt === null ? null : new Date(json.publishedAt),
    authors: byPosition(json.authors).map(({ slug, name }) => ({ author: { slug, name } })),
  });
}

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

/** authorBoxSelect as JSON, for the author aliased `w`; its lists carry their position. */
export const authorBoxJson = jsonObject({
  ...columns("w", ["slug", "name", "jobTitle", "bioHtml"]),
  photo: imageJson(Prisma.sql`w."photoId"`),
  affiliations: jsonRows(jsonObject(columns("f", ["position", "role", "organisation", "url"])), Prisma.sql`FROM "AuthorAffiliation" f WHERE f."authorId" = w."id"`),
  links: jsonRows(jsonObject(columns("k", ["position", "kind", "url"])), Prisma.sql`FROM "AuthorLink" k WHERE k."authorId" = w."id"`),
});

export type AuthorBoxJson = Omit<AuthorBoxDTO, "photo" | "affiliations" | "links"> & {
  photo: ImageJson | null;
  affiliations: ({ position: number } & AuthorBoxDTO["affiliations"][number])[];
  links: ({ position: number } & AuthorBoxDTO["links"][number])[];
};

export function authorBoxFromJson(json: AuthorBoxJson): AuthorBoxDTO {
  return toAuthorBox({
    ...json,
    affiliations: byPosition(json.affiliations).map(({ role, organisation, url }) => ({ role, organisation, url })),
    links: byPosition(json.links).map(({ kind, url }) => ({ kind, url })),
  });
}

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
