import { authorListing } from "../../author-listing";

// Rendered on first visit, then cached (see app/(site)/layout.tsx).
export function generateStaticParams() {
  return [];
}

export const generateMetadata = authorListing.numberedPage.generateMetadata;
export default authorListing.numberedPage.Page;
