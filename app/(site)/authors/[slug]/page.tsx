import { AuthorListing, authorListingMetadata } from "./author-listing";

type Props = PageProps<"/authors/[slug]">;

// Rendered on first visit, then cached (see app/(site)/layout.tsx).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  return authorListingMetadata((await params).slug, 1);
}

export default async function AuthorPage({ params }: Props) {
  return <AuthorListing slug={(await params).slug} page={1} />;
}
