import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { AuthorBoxDTO } from "@/lib/articles/dto";
import { authorBoxFromJson, authorBoxJson, type AuthorBoxJson } from "@/lib/articles/select";

export interface AuthorProfileDTO extends AuthorBoxDTO {
  id: string;
}

/**
 * An author's public profile by slug, or null. Authors are public whether or not they have a
 * login. One statement, the author box as the story page reads it (Prisma's relation reads
 * were four queries, each compiled afresh).
 */
export const getAuthorProfile = cache(async (slug: string): Promise<AuthorProfileDTO | null> => {
  const [row] = await db.$queryRaw<{ id: string; json: string }[]>`
    SELECT w."id", ${authorBoxJson} AS "json" FROM "Author" w WHERE w."slug" = ${slug}`;
  return row ? { id: row.id, ...authorBoxFromJson(JSON.parse(row.json) as AuthorBoxJson) } : null;
});
