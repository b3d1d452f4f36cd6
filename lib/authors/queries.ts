import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { AuthorBoxDTO } from "@/lib/articles/dto";
import { authorBoxSelect, toAuthorBox } from "@/lib/articles/select";

export interface AuthorProfileDTO extends AuthorBoxDTO {
  id: string;
}

/** An author's public profile by slug, or null. Authors are public whether or not they have a login. */
export const getAuthorProfile = cache(async (slug: string): Promise<AuthorProfileDTO | null> => {
  const row = await db.author.findUnique({ where: { slug }, select: { id: true, ...authorBoxSelect } });
  return row && { id: row.id, ...toAuthorBox(row) };
});
