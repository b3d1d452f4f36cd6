import { tagListing } from "../../tag-listing";

// Rendered on first visit, then cached (see app/(site)/layout.tsx).
export function generateStaticParams() {
  return [];
}

export const generateMetadata = tagListing.numberedPage.generateMetadata;
export default tagListing.numberedPage.Page;
