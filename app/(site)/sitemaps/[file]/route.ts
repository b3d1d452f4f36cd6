import { sitemapChunkUrls } from "@/lib/feeds/documents";
import { getSitemapChunk } from "@/lib/feeds/queries";
import { notFoundResponse, sitemapResponse } from "@/lib/feeds/responses";
import { buildUrlSet, parseSitemapChunkFile } from "@/lib/feeds/sitemap";

// Cached, and invalidated by tag like the pages (lib/cache/tags.ts); see app/(site)/layout.tsx.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

/** `/sitemaps/<n>.xml`: chunk n (from 1) of the URLs the sitemap index at /sitemap.xml points to. */
export async function GET(_request: Request, ctx: RouteContext<"/sitemaps/[file]">) {
  const n = parseSitemapChunkFile((await ctx.params).file);
  const chunk = n === null ? null : await getSitemapChunk(n);
  if (!chunk) return notFoundResponse();
  return sitemapResponse(buildUrlSet(sitemapChunkUrls(chunk)));
}
