import { renderSitemap, renderSitemapIndex, sitemapUrls } from "@/lib/feeds/documents";
import { getSitemapIndex, listSitemapContent } from "@/lib/feeds/queries";
import { sitemapResponse } from "@/lib/feeds/responses";

// Read from the database per request for now; tag-based caching replaces this.
export const dynamic = "force-dynamic";

/** Every public URL; past 10,000 a sitemap index of /sitemaps/<n>.xml instead. */
export async function GET() {
  const chunks = await getSitemapIndex();
  return sitemapResponse(chunks ? renderSitemapIndex(chunks) : renderSitemap(sitemapUrls(await listSitemapContent())));
}
