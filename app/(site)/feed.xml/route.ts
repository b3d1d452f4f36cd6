import { siteFeedChannel } from "@/lib/feeds/channels";
import { renderArticleFeed } from "@/lib/feeds/documents";
import { listSiteFeedArticles } from "@/lib/feeds/queries";
import { rssResponse } from "@/lib/feeds/responses";

// Read from the database per request for now; tag-based caching replaces this.
export const dynamic = "force-dynamic";

/** RSS 2.0: the newest stories of the whole site. */
export async function GET() {
  return rssResponse(renderArticleFeed(siteFeedChannel(), await listSiteFeedArticles()));
}
