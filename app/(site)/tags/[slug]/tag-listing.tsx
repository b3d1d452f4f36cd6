/** The tag page at any page number: `/tags/[slug]` is page 1, `?page=N` is rewritten to `/tags/[slug]/page/N` (next.config.js) so every page can be cached. */
import { notFound } from "next/navigation";
import { ListingPage } from "@/components/article/listing-page";
import { listTagArticles } from "@/lib/articles/queries";
import { pageMetadata } from "@/lib/site/metadata";
import { resolveBySlug } from "@/lib/site/resolve";
import { getTag } from "@/lib/tags/queries";
import { pagePath, tagPath } from "@/lib/site/urls";


const loadTag = async (slug: string) => resolveBySlug("TAG", slug, getTag, tagPath);

export async function tagListingMetadata(slug: string, page: number) {
  const tag = await loadTag(slug);
  return pageMetadata({
    title: tag.name,
    description: tag.description || `Stories tagged “${tag.name}”.`,
    path: pagePath(tagPath(tag.slug), page),
    page,
  });
}

export async function TagListing({ slug, page }: { slug: string; page: number }) {
  const tag = await loadTag(slug);
  const articles = await listTagArticles(tag.id, page);
  if (page > articles.totalPages) notFound();
  return <ListingPage kicker="Tag" title={tag.name} description={tag.description} basePath={tagPath(tag.slug)} articles={articles} />;
}
