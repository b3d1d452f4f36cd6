import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

export interface SectionDTO {
  id: string;
  slug: string;
  name: string;
  description: string;
}

/*
 * Raw statements: on every public page (the header lists the sections), and a query through
 * Prisma's API is compiled afresh on each call, at several times the cost of running it.
 */

/** Every section, in the newsroom's chosen order (header, front page). */
export const listSections = cache(async (): Promise<SectionDTO[]> => {
  return db.$queryRaw<SectionDTO[]>`
    SELECT "id", "slug", "name", "description" FROM "Section" ORDER BY "position" ASC, "name" ASC`;
});

export const getSection = cache(async (slug: string): Promise<SectionDTO | null> => {
  const [section] = await db.$queryRaw<SectionDTO[]>`
    SELECT "id", "slug", "name", "description" FROM "Section" WHERE "slug" = ${slug}`;
  return section ?? null;
});
