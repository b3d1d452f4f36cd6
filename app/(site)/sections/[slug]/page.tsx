import { SectionListing, sectionListingMetadata } from "./section-listing";

type Props = PageProps<"/sections/[slug]">;

// Rendered on first visit, then cached (see app/(site)/layout.tsx).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  return sectionListingMetadata((await params).slug, 1);
}

export default async function SectionPage({ params }: Props) {
  return <SectionListing slug={(await params).slug} page={1} />;
}
