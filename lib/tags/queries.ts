import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

export interface TagDTO {
  id: string;
  slug: string;
  name: string;
  description: string;
}

export const getTag = cache(async (slug: string): Promise<TagDTO | null> => {
  return db.tag.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true } });
});
