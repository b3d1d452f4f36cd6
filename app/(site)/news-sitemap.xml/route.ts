import { renderNewsSitemap } from "@/lib/feeds/documents";
import { listNewsSitemapArticles } from "@/lib/feeds/queries";
import { sitemapResponse } from "@/lib/feeds/responses";

// Read from the database per request for now; tag-based caching replaces this.
export const dynamic = "force-dynamic";

/** Google News sitemap: the stories of the last 48 hours. */
export async function GET() {
  return sitemapResponse(renderNewsSitemap(await listNewsSitemapArticles()));
}
