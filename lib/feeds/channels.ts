/**
 * What each RSS feed is called and where it lives. Pages use these for their
 * `<link rel="alternate" type="application/rss+xml">` and the feed route handlers for their
 * `<channel>`, so the two always agree.
 */
import { env } from "@/lib/env";
import { authorFeedPath, authorPath, feedPath, sectionFeedPath, sectionPath } from "@/lib/site/urls";

export interface FeedChannelInfo {
  title: string;
  description: string;
  /** The HTML page the feed mirrors. */
  path: string;
  /** The feed itself. */
  feedPath: string;
}

export function siteFeedChannel(): FeedChannelInfo {
  return { title: env.SITE_NAME, description: `The latest stories from ${env.SITE_NAME}.`, path: "/", feedPath };
}

export function sectionFeedChannel(section: { slug: string; name: string; description: string }): FeedChannelInfo {
  return {
    title: `${section.name} — ${env.SITE_NAME}`,
    description: section.description || `The latest ${section.name} stories from ${env.SITE_NAME}.`,
    path: sectionPath(section.slug),
    feedPath: sectionFeedPath(section.slug),
  };
}

export function authorFeedChannel(author: { slug: string; name: string; jobTitle: string }): FeedChannelInfo {
  return {
    title: `${author.name} — ${env.SITE_NAME}`,
    description: `Stories by ${author.name}${author.jobTitle ? `, ${author.jobTitle}` : ""}, from ${env.SITE_NAME}.`,
    path: authorPath(author.slug),
    feedPath: authorFeedPath(author.slug),
  };
}

/** A channel as `pageMetadata({ feeds })` takes it. */
export function feedLink(channel: FeedChannelInfo): { title: string; path: string } {
  return { title: channel.title, path: channel.feedPath };
}
