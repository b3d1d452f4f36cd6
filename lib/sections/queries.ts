import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

export interface SectionDTO {
  id: string;
  slug: string;
  name: string;
  description: string;
}

const sectionSelect = { id: true, slug: true, name: true, description: true } as const;

/** Every section, in the newsroom's chosen order (header, front page). */
export const listSections = cache(async (): Promise<SectionDTO[]> => {
  return db.section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: sectionSelect });
});

export const getSection = cache(async (slug: string): Promise<SectionDTO | null> => {
  return db.section.findUnique({ where: { slug }, select: sectionSelect });
});
