import { TagListing, tagListingMetadata } from "./tag-listing";

type Props = PageProps<"/tags/[slug]">;

// Rendered on first visit, then cached (see app/(site)/layout.tsx).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  return tagListingMetadata((await params).slug, 1);
}

export default async function TagPage({ params }: Props) {
  return <TagListing slug={(await params).slug} page={1} />;
}
