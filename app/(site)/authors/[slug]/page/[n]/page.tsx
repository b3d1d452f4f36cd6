import { notFound } from "next/navigation";
import { pageFromPath } from "@/lib/site/pagination";
import { AuthorListing, authorListingMetadata } from "../../author-listing";

type Props = PageProps<"/authors/[slug]/page/[n]">;

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
  return authorListingMetadata(slug, page);
}

export default async function AuthorPageN({ params }: Props) {
  const { slug, page } = await resolve(params);
  return <AuthorListing slug={slug} page={page} />;
}
