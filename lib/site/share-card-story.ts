/**
 * The story a share card draws (app/(site)/articles/[slug]/opengraph-image.tsx), with the headers
 * that name it for the edge: the card is drawn per request, outside the page cache, so its tags
 * travel as response headers (`xkey`, `Surrogate-Key`) instead. A 404 carries the slug's tag, so a
 * story published at that address later replaces it.
 */
import "server-only";
import { getPublishedArticle } from "@/lib/articles/queries";
import type { ArticleDTO } from "@/lib/articles/dto";
import { surrogateKeyHeaders } from "@/lib/cache/surrogate-keys.cjs";
import { SITE_TAG, articleTag, mentionTag, slugTag } from "@/lib/cache/tags";
import { isValidSlug } from "@/lib/text/slug";

export async function loadShareCardStory(slug: string): Promise<{ story: ArticleDTO | null; edgeHeaders: Record<string, string> }> {
  if (!isValidSlug(slug)) return { story: null, edgeHeaders: surrogateKeyHeaders([SITE_TAG]) };
  const story = await getPublishedArticle(slug);
  const tags = [SITE_TAG, slugTag("ARTICLE", slug), ...(story ? [articleTag(story.id), ...(story.section ? [mentionTag("SECTION", story.section.slug)] : [])] : [])];
  return { story, edgeHeaders: surrogateKeyHeaders(tags) };
}
