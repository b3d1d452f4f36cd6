import "server-only";
import { cache } from "react";
import { slugTag, tagResponse } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { publishedWhere } from "@/lib/articles/published";

export interface TagDTO {
  id: string;
  slug: string;
  name: string;
  description: string;
}

/**
 * A tag as its public page shows it, or null; either way the answer at that slug. A tag shows
 * only once a published story carries it: one that only drafts use is a 404 like an unknown
 * one, so its page reveals nothing of unpublished work.
 */
export const getTag = cache(async (slug: string): Promise<TagDTO | null> => {
  const [tag] = await Promise.all([
    db.tag.findFirst({ where: { slug, articles: { some: { article: publishedWhere() } } }, select: { id: true, slug: true, name: true, description: true } }),
    tagResponse(slugTag("TAG", slug)),
  ]);
  return tag;
});
