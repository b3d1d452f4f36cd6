import { getAuthorProfile } from "@/lib/authors/queries";
import { authorFeedChannel } from "@/lib/feeds/channels";
import { renderArticleFeed } from "@/lib/feeds/documents";
import { listAuthorFeedArticles } from "@/lib/feeds/queries";
import { notFoundResponse, rssResponse } from "@/lib/feeds/responses";
import { isValidSlug } from "@/lib/text/slug";

// Cached, and invalidated by tag like the pages (lib/cache/tags.ts); see app/(site)/layout.tsx.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

/** RSS 2.0: the newest stories of one author. A former slug is not redirected: it is a 404. */
export async function GET(_request: Request, ctx: RouteContext<"/authors/[slug]/feed.xml">) {
  const { slug } = await ctx.params;
  const author = isValidSlug(slug) ? await getAuthorProfile(slug) : null;
  if (!author) return notFoundResponse();
  return rssResponse(renderArticleFeed(authorFeedChannel(author), await listAuthorFeedArticles(author.id)));
}
