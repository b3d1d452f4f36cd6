import "server-only";
import { cache } from "react";
import { slugTag, tagResponse } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import type { AuthorBoxDTO } from "@/lib/articles/dto";
import { authorBoxFromJson, authorBoxJson, type AuthorBoxJson } from "@/lib/articles/select";
import { readJson, type JsonColumn } from "@/lib/dialect";

export interface AuthorProfileDTO extends AuthorBoxDTO {
  id: string;
}

/**
 * An author's public profile by its current slug, or null; either way the answer at that slug.
 * Authors are public whether or not they have a login. One statement, the author box as the story page reads it (Prisma's relation reads
 * were four queries, each compiled afresh).
 */
export const getAuthorProfile = cache(async (slug: string): Promise<AuthorProfileDTO | null> => {
  const [[row]] = await Promise.all([
    db.$queryRaw<{ id: string; json: JsonColumn }[]>`
    SELECT w."id", ${authorBoxJson} AS "json" FROM "Author" w WHERE w."slug" = ${slug}`,
    tagResponse(slugTag("AUTHOR", slug)),
  ]);
  return row ? { id: row.id, ...authorBoxFromJson(readJson<AuthorBoxJson>(row.json)) } : null;
});
