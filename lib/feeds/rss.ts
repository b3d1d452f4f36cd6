/**
 * RSS 2.0 documents, built from plain values: no database, no environment. Every text goes
 * through escapeXml; the full body goes into a CDATA section. Pure module.
 */
import { cdata, element, escapeXml, XML_DECLARATION } from "@/lib/feeds/xml";

export interface RssChannel {
  title: string;
  /** Absolute URL of the HTML page the feed mirrors. */
  link: string;
  description: string;
  /** A language tag such as `en` or `en-GB`. */
  language: string;
  /** Absolute URL of the feed itself (`<atom:link rel="self">`). */
  selfUrl: string;
  lastBuildDate: Date;
}

export interface RssItem {
  title: string;
  /** Absolute URL of the article; also its permanent guid. */
  link: string;
  description: string;
  /** Body HTML with absolute URLs (`<content:encoded>`). */
  contentHtml: string;
  pubDate: Date;
  creators: string[];
  categories: string[];
}

const NAMESPACES = [
  'xmlns:atom="http://www.w3.org/2005/Atom"',
  'xmlns:content="http://purl.org/rss/1.0/modules/content/"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
].join(" ");

/** RFC 822 date as RSS wants it, always in GMT: `Wed, 03 Jun 2026 09:00:00 GMT`. */
export function rfc822Date(date: Date): string {
  return date.toUTCString();
}

function renderItem(item: RssItem): string {
  return [
    "<item>",
    element("title", item.title),
    element("link", item.link),
    `<guid isPermaLink="true">${escapeXml(item.link)}</guid>`,
    element("pubDate", rfc822Date(item.pubDate)),
    ...item.creators.map((name) => element("dc:creator", name)),
    ...item.categories.map((name) => element("category", name)),
    element("description", item.description),
    `<content:encoded>${cdata(item.contentHtml)}</content:encoded>`,
    "</item>",
  ].join("\n");
}

/** A complete RSS 2.0 document. Items are written in the order given (newest first, by convention). */
export function buildRss(channel: RssChannel, items: readonly RssItem[]): string {
  return [
    XML_DECLARATION,
    `<rss version="2.0" ${NAMESPACES}>`,
    "<channel>",
    element("title", channel.title),
    element("link", channel.link),
    element("description", channel.description),
    element("language", channel.language),
    element("lastBuildDate", rfc822Date(channel.lastBuildDate)),
    `<atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...items.map(renderItem),
    "</channel>",
    "</rss>",
    "",
  ].join("\n");
}
