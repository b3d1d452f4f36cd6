import { NotFoundMessage, notFoundMetadata } from "@/components/layout/missing-page";

export const metadata = notFoundMetadata;

/** Drawn in a page's place by Next.js once the browser runs the page (components/layout/missing-page.tsx). */
export default function NotFound() {
  return <NotFoundMessage />;
}
