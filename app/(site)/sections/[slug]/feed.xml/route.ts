import { sectionFeedChannel } from "@/lib/feeds/channels";
import { renderArticleFeed } from "@/lib/feeds/documents";
import { listSectionFeedArticles } from "@/lib/feeds/queries";
import { notFoundResponse, rssResponse } from "@/lib/feeds/responses";
import { getSection } from "@/lib/sections/queries";
import { isValidSlug } from "@/lib/text/slug";

// Cached, and invalidated by tag like the pages (lib/cache/tags.ts); see app/(site)/layout.tsx.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

/** RSS 2.0: the newest stories of one section. A former slug is not redirected: it is a 404. */
export async function GET(_request: Request, ctx: RouteContext<"/sections/[slug]/feed.xml">) {
  const { slug } = await ctx.params;
  const section = isValidSlug(slug) ? await getSection(slug) : null;
  if (!section) return notFoundResponse();
  return rssResponse(renderArticleFeed(sectionFeedChannel(section), await listSectionFeedArticles(section.id)));
}
