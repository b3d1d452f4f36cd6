/** HTTP responses of the feed, sitemap and robots route handlers. */
import { HTTP_STATUS } from "@/lib/errors";

/** A CDN may serve these for five minutes, and a stale copy for ten more while it refetches. */
export const FEED_CACHE_CONTROL = "public, s-maxage=300, stale-while-revalidate=600";

function textResponse(body: string, contentType: string): Response {
  return new Response(body, {
    headers: { "Content-Type": contentType, "Cache-Control": FEED_CACHE_CONTROL, "X-Content-Type-Options": "nosniff" },
  });
}

export const rssResponse = (xml: string) => textResponse(xml, "application/rss+xml; charset=utf-8");
export const sitemapResponse = (xml: string) => textResponse(xml, "application/xml; charset=utf-8");
export const robotsResponse = (text: string) => textResponse(text, "text/plain; charset=utf-8");

/** Unknown section, author or sitemap chunk: a plain-text 404 (route handlers cannot use notFound()). */
export function notFoundResponse(): Response {
  return new Response("Not found", {
    status: HTTP_STATUS.NOT_FOUND,
    headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" },
  });
}
