import { sectionFeedChannel } from "@/lib/feeds/channels";
import { renderArticleFeed } from "@/lib/feeds/documents";
import { listSectionFeedArticles } from "@/lib/feeds/queries";
import { notFoundResponse, rssResponse } from "@/lib/feeds/responses";
import { getSection } from "@/lib/sections/queries";
import { isValidSlug } from "@/lib/text/slug";

// Read from the database per request for now; tag-based caching replaces this.
export const dynamic = "force-dynamic";

/** RSS 2.0: the newest stories of one section. A former slug is not redirected: it is a 404. */
export async function GET(_request: Request, ctx: RouteContext<"/sections/[slug]/feed.xml">) {
  const { slug } = await ctx.params;
  const section = isValidSlug(slug) ? await getSection(slug) : null;
  if (!section) return notFoundResponse();
  return rssResponse(renderArticleFeed(sectionFeedChannel(section), await listSectionFeedArticles(section.id)));
}
