import { notFound } from "next/navigation";
import { pageFromPath } from "@/lib/site/pagination";
import { SectionListing, sectionListingMetadata } from "../../section-listing";

type Props = PageProps<"/sections/[slug]/page/[n]">;

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
  return sectionListingMetadata(slug, page);
}

export default async function SectionPageN({ params }: Props) {
  const { slug, page } = await resolve(params);
  return <SectionListing slug={slug} page={page} />;
}
