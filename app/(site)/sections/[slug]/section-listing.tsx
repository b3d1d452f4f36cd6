/** The section page at any page number: `/sections/[slug]` is page 1, `?page=N` is rewritten to `/sections/[slug]/page/N` (next.config.js) so every page can be cached. */
import { notFound } from "next/navigation";
import { ListingPage } from "@/components/article/listing-page";
import { listSectionArticles } from "@/lib/articles/queries";
import { feedLink, sectionFeedChannel, siteFeedChannel } from "@/lib/feeds/channels";
import { getSection } from "@/lib/sections/queries";
import { pageMetadata } from "@/lib/site/metadata";
import { resolveBySlug } from "@/lib/site/resolve";
import { pagePath, sectionPath } from "@/lib/site/urls";


const loadSection = async (slug: string) => resolveBySlug("SECTION", slug, getSection, sectionPath);

export async function sectionListingMetadata(slug: string, page: number) {
  const section = await loadSection(slug);
  return pageMetadata({
    title: section.name,
    description: section.description || `The latest ${section.name} stories.`,
    path: pagePath(sectionPath(section.slug), page),
    page,
    feeds: [feedLink(sectionFeedChannel(section)), feedLink(siteFeedChannel())],
  });
}

export async function SectionListing({ slug, page }: { slug: string; page: number }) {
  const section = await loadSection(slug);
  const articles = await listSectionArticles(section.id, page);
  if (page > articles.totalPages) notFound();
  return <ListingPage kicker="Section" title={section.name} description={section.description} basePath={sectionPath(section.slug)} articles={articles} />;
}
