import { notFound } from "next/navigation";
import { pageFromPath } from "@/lib/site/pagination";
import { TagListing, tagListingMetadata } from "../../tag-listing";

type Props = PageProps<"/tags/[slug]/page/[n]">;

export function generateStaticParams() {
  return [];
}

async function resolve(params: Props["params"]) {
  const { slug, n } = await params;
  const page = pageFromPath(n);
  if (page === null) notFound();
  return { slug, page };
}

export async function generateMetadata({ params }: Props) {
  const { slug, page } = await resolve(params);
  return tagListingMetadata(slug, page);
}

export default async function TagPageN({ params }: Props) {
  const { slug, page } = await resolve(params);
  return <TagListing slug={slug} page={page} />;
}
