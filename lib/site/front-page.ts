/** How the front page is put together from what the queries return, as pure functions. */

/** Stories a section block shows under the lead and the latest list. */
export const SECTION_BLOCK_SIZE = 4;

/**
 * The front page's section blocks, in the sections' order: each section's newest stories without
 * the lead story, which the reader has just seen at the top (a block would otherwise open with it
 * again), cut to `size`. Sections left with no story are dropped. Ask the query for `size + 1`
 * stories a section, so a block that loses the lead still has `size`.
 */
export function sectionBlocks<S extends { id: string }, A extends { id: string }>(
  sections: readonly S[],
  latestBySection: ReadonlyMap<string, readonly A[]>,
  leadId: string | null,
  size = SECTION_BLOCK_SIZE,
): { section: S; articles: A[] }[] {
  return sections
    .map((section) => ({
      section,
      articles: (latestBySection.get(section.id) ?? []).filter((a) => a.id !== leadId).slice(0, size),
    }))
    .filter((block) => block.articles.length > 0);
}
