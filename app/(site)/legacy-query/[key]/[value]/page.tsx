import { permanentRedirect } from "next/navigation";
import { MissingPage, notFoundMetadata } from "@/components/layout/missing-page";
import { legacyAddress } from "@/lib/redirects/legacy-paths";
import { LEGACY_QUERY_SEGMENT } from "@/lib/redirects/legacy-query.cjs";
import { getLegacyTarget } from "@/lib/redirects/queries";

export const metadata = notFoundMetadata;

// Cached per address like the pages it leads to; the loader tags either answer with the site tag,
// which an import expires.
export function generateStaticParams() {
  return [];
}

/**
 * WordPress's content queries on the front page (`/?p=4`), rewritten here by next.config.js
 * (lib/redirects/legacy-query.cjs): a permanent redirect to what the old post, page, category,
 * tag or author became, or the site's not-found page. Old addresses that are a path are answered
 * by app/global-not-found.tsx.
 */
export default async function LegacyQuery({ params }: PageProps<"/legacy-query/[key]/[value]">) {
  const { key, value } = await params;
  const target = await getLegacyTarget(legacyAddress([LEGACY_QUERY_SEGMENT, key, value]));
  if (target) permanentRedirect(target);
  return <MissingPage />;
}
