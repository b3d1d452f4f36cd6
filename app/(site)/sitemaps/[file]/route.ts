import { sitemapChunkUrls } from "@/lib/feeds/documents";
import { getSitemapChunk } from "@/lib/feeds/queries";
import { notFoundResponse, sitemapResponse } from "@/lib/feeds/responses";
import { buildUrlSet, parseSitemapChunkFile } from "@/lib/feeds/sitemap";

// Read from the database per request for now; tag-based caching replaces this.
export const dynamic = "force-dynamic";

/** `/sitemaps/<n>.xml`: chunk n (from 1) of the URLs the sitemap index at /sitemap.xml points to. */
export async function GET(_request: Request, ctx: RouteContext<"/sitemaps/[file]">) {
  const n = parseSitemapChunkFile((await ctx.params).file);
  const chunk = n === null ? null : await getSitemapChunk(n);
  if (!chunk) return notFoundResponse();
  return sitemapResponse(buildUrlSet(sitemapChunkUrls(chunk)));
}
