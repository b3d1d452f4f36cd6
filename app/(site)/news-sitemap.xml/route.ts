import { renderNewsSitemap } from "@/lib/feeds/documents";
import { listNewsSitemapArticles } from "@/lib/feeds/queries";
import { sitemapResponse } from "@/lib/feeds/responses";

// Cached, and invalidated by tag like the pages (lib/cache/tags.ts); see app/(site)/layout.tsx.
export const revalidate = 60;

/** Google News sitemap: the stories of the last 48 hours. */
export async function GET() {
  return sitemapResponse(renderNewsSitemap(await listNewsSitemapArticles()));
}
