import { siteFeedChannel } from "@/lib/feeds/channels";
import { renderArticleFeed } from "@/lib/feeds/documents";
import { listSiteFeedArticles } from "@/lib/feeds/queries";
import { rssResponse } from "@/lib/feeds/responses";

// Cached, and invalidated by tag like the pages (lib/cache/tags.ts); see app/(site)/layout.tsx.
export const revalidate = 60;

/** RSS 2.0: the newest stories of the whole site. */
export async function GET() {
  return rssResponse(renderArticleFeed(siteFeedChannel(), await listSiteFeedArticles()));
}
