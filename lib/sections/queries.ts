import "server-only";
import { cache } from "react";
import { NAV_TAG, slugTag, tagResponse } from "@/lib/cache/tags";
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

/** Every section, in the newsroom's chosen order (header, front page): the navigation. */
export const listSections = cache(async (): Promise<SectionDTO[]> => {
  const [sections] = await Promise.all([
    db.$queryRaw<SectionDTO[]>`
    SELECT "id", "slug", "name", "description" FROM "Section" ORDER BY "position" ASC, "name" ASC`,
    tagResponse(NAV_TAG),
  ]);
  return sections;
});

/** A section by its current slug, or null; either way the answer at that slug. */
export const getSection = cache(async (slug: string): Promise<SectionDTO | null> => {
  const [[section]] = await Promise.all([
    db.$queryRaw<SectionDTO[]>`
    SELECT "id", "slug", "name", "description" FROM "Section" WHERE "slug" = ${slug}`,
    tagResponse(slugTag("SECTION", slug)),
  ]);
  return section ?? null;
});
