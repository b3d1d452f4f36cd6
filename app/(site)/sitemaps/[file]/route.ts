import { sitemapUrls } from "@/lib/feeds/documents";
import { listSitemapContent } from "@/lib/feeds/queries";
import { notFoundResponse, sitemapResponse } from "@/lib/feeds/responses";
import { buildUrlSet, parseSitemapChunkFile, sitemapChunk } from "@/lib/feeds/sitemap";

// Read from the database per request for now; tag-based caching replaces this.
export const dynamic = "force-dynamic";

/** `/sitemaps/<n>.xml`: chunk n (from 1) of the URLs the sitemap index at /sitemap.xml points to. */
export async function GET(_request: Request, ctx: RouteContext<"/sitemaps/[file]">) {
  const n = parseSitemapChunkFile((await ctx.params).file);
  const urls = n === null ? null : sitemapChunk(sitemapUrls(await listSitemapContent()), n);
  if (!urls) return notFoundResponse();
  return sitemapResponse(buildUrlSet(urls));
}
