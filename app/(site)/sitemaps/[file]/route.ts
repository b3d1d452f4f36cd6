import { LISTINGS_TAG, tagResponse } from "@/lib/cache/tags";
import { sitemapUrls } from "@/lib/feeds/documents";
import { listSitemapContent } from "@/lib/feeds/queries";
import { notFoundResponse, sitemapResponse } from "@/lib/feeds/responses";
import { buildUrlSet, parseSitemapChunkFile, sitemapChunk } from "@/lib/feeds/sitemap";

// Cached, and invalidated by tag like the pages (lib/cache/tags.ts); see app/(site)/layout.tsx.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

/** `/sitemaps/<n>.xml`: chunk n (from 1) of the URLs the sitemap index at /sitemap.xml points to. */
export async function GET(_request: Request, ctx: RouteContext<"/sitemaps/[file]">) {
  await tagResponse(LISTINGS_TAG);
  const n = parseSitemapChunkFile((await ctx.params).file);
  const urls = n === null ? null : sitemapChunk(sitemapUrls(await listSitemapContent()), n);
  if (!urls) return notFoundResponse();
  return sitemapResponse(buildUrlSet(urls));
}
