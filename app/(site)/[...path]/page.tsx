import { notFound, permanentRedirect } from "next/navigation";
import { legacyAddress } from "@/lib/redirects/legacy-paths";
import { getLegacyTarget } from "@/lib/redirects/queries";

/**
 * Any address no route claims. An address of the site the newsroom moved from (an import
 * recorded it) answers a permanent redirect to what it became; anything else gets the site's
 * own not-found page, still a 404 (without this page Next.js answers with its bare built-in
 * 404). The loader tags either answer with the site tag, which an import expires.
 */
export default async function UnknownAddress({ params }: PageProps<"/[...path]">): Promise<never> {
  const { path } = await params;
  const target = await getLegacyTarget(legacyAddress(path));
  if (target) permanentRedirect(target);
  notFound();
}
