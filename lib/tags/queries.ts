import "server-only";
import { cache } from "react";
import { slugTag, tagResponse } from "@/lib/cache/tags";
import { db } from "@/lib/db";

export interface TagDTO {
  id: string;
  slug: string;
  name: string;
  description: string;
}

/** A tag by its current slug, or null; either way the answer at that slug. */
export const getTag = cache(async (slug: string): Promise<TagDTO | null> => {
  const [tag] = await Promise.all([
    db.tag.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true } }),
    tagResponse(slugTag("TAG", slug)),
  ]);
  return tag;
});
