import { notFound } from "next/navigation";
import { ListingPage } from "@/components/article/listing-page";
import { listTagArticles } from "@/lib/articles/queries";
import { pageMetadata } from "@/lib/site/metadata";
import { parsePageParam } from "@/lib/site/pagination";
import { resolveBySlug } from "@/lib/site/resolve";
import { getTag } from "@/lib/tags/queries";
import { pagePath, tagPath } from "@/lib/site/urls";

type Props = PageProps<"/tags/[slug]">;

const loadTag = async (slug: string) => resolveBySlug("TAG", slug, getTag, tagPath);

export async function generateMetadata({ params, searchParams }: Props) {
  const tag = await loadTag((await params).slug);
  const page = parsePageParam((await searchParams).page);
  return pageMetadata({
    title: tag.name,
    description: tag.description || `Stories tagged “${tag.name}”.`,
    path: pagePath(tagPath(tag.slug), page),
    page,
  });
}

export default async function TagPage({ params, searchParams }: Props) {
  const tag = await loadTag((await params).slug);
  const page = parsePageParam((await searchParams).page);
  const articles = await listTagArticles(tag.id, page);
  if (page > articles.totalPages) notFound();
  return <ListingPage kicker="Tag" title={tag.name} description={tag.description} basePath={tagPath(tag.slug)} articles={articles} />;
}
