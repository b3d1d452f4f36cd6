import { renderSitemap, renderSitemapIndex, sitemapUrls } from "@/lib/feeds/documents";
import { getSitemapIndex, listSitemapContent } from "@/lib/feeds/queries";
import { sitemapResponse } from "@/lib/feeds/responses";

// Cached, and invalidated by tag like the pages (lib/cache/tags.ts); see app/(site)/layout.tsx.
export const revalidate = 60;

/** Every public URL; past 10,000 a sitemap index of /sitemaps/<n>.xml instead. */
export async function GET() {
  const chunks = await getSitemapIndex();
  return sitemapResponse(chunks ? renderSitemapIndex(chunks) : renderSitemap(sitemapUrls(await listSitemapContent())));
}
