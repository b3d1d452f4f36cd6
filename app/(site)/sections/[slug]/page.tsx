import { notFound } from "next/navigation";
import { ListingPage } from "@/components/article/listing-page";
import { listSectionArticles } from "@/lib/articles/queries";
import { feedLink, sectionFeedChannel, siteFeedChannel } from "@/lib/feeds/channels";
import { getSection } from "@/lib/sections/queries";
import { pageMetadata } from "@/lib/site/metadata";
import { parsePageParam } from "@/lib/site/pagination";
import { resolveBySlug } from "@/lib/site/resolve";
import { pagePath, sectionPath } from "@/lib/site/urls";

type Props = PageProps<"/sections/[slug]">;

const loadSection = async (slug: string) => resolveBySlug("SECTION", slug, getSection, sectionPath);

export async function generateMetadata({ params, searchParams }: Props) {
  const section = await loadSection((await params).slug);
  const page = parsePageParam((await searchParams).page);
  return pageMetadata({
    title: section.name,
    description: section.description || `The latest ${section.name} stories.`,
    path: pagePath(sectionPath(section.slug), page),
    page,
    feeds: [feedLink(sectionFeedChannel(section)), feedLink(siteFeedChannel())],
  });
}

export default async function SectionPage({ params, searchParams }: Props) {
  const section = await loadSection((await params).slug);
  const page = parsePageParam((await searchParams).page);
  const articles = await listSectionArticles(section.id, page);
  if (page > articles.totalPages) notFound();
  return <ListingPage kicker="Section" title={section.name} description={section.description} basePath={sectionPath(section.slug)} articles={articles} />;
}
