import { sectionListing } from "./section-listing";

// Rendered on first visit, then cached (see app/(site)/layout.tsx).
export function generateStaticParams() {
  return [];
}

export const generateMetadata = sectionListing.firstPage.generateMetadata;
export default sectionListing.firstPage.Page;
