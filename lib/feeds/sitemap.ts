/**
 * Sitemaps (sitemaps.org 0.9): a `<urlset>`, or — past SITEMAP_CHUNK_URLS — a `<sitemapindex>`
 * pointing at numbered chunks. Pure module: URLs arrive absolute.
 */
import { element, w3cDateTime, XML_DECLARATION } from "@/lib/feeds/xml";

/** The protocol's limit of URLs in one sitemap file. */
export const SITEMAP_MAX_URLS = 50_000;

/**
 * URLs per sitemap file we write, well under the protocol's limit: a file of 10,000 URLs is
 * read and written in tens of milliseconds, one of 50,000 took a third of a second of CPU.
 */
export const SITEMAP_CHUNK_URLS = 10_000;

const SITEMAP_NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';

export interface SitemapUrl {
  loc: string;
  lastModified?: Date | null;
}

/** One chunk of an index: its number (from 1) and the newest lastModified among its URLs. */
export interface SitemapChunkRef {
  n: number;
  lastModified: Date | null;
}

export type SitemapPlan =
  | { kind: "urlset"; urls: readonly SitemapUrl[] }
  | { kind: "index"; chunks: SitemapChunkRef[] };

/** How many chunk files `total` URLs fill (at least one, so an empty site still has a sitemap). */
export function countSitemapChunks(total: number, max = SITEMAP_CHUNK_URLS): number {
  return Math.max(1, Math.ceil(total / max));
}

/** The chunk number in a chunk's file name (`3.xml` → 3), or null for any other name. */
export function parseSitemapChunkFile(file: string): number | null {
  const match = /^([1-9][0-9]{0,5})\.xml$/.exec(file);
  return match ? Number(match[1]) : null;
}

function newest(urls: readonly SitemapUrl[]): Date | null {
  let latest: Date | null = null;
  for (const url of urls) {
    if (url.lastModified && (!latest || url.lastModified > latest)) latest = url.lastModified;
  }
  return latest;
}

/** Up to `max` URLs: one urlset. More: an index of ceil(count / max) chunks. */
export function planSitemap(urls: readonly SitemapUrl[], max = SITEMAP_CHUNK_URLS): SitemapPlan {
  if (urls.length <= max) return { kind: "urlset", urls };
  const chunks = Array.from({ length: countSitemapChunks(urls.length, max) }, (_, i) => ({
    n: i + 1,
    lastModified: newest(urls.slice(i * max, (i + 1) * max)),
  }));
  return { kind: "index", chunks };
}

function lastmod(date: Date | null | undefined): string[] {
  return date ? [element("lastmod", w3cDateTime(date))] : [];
}

export function buildUrlSet(urls: readonly SitemapUrl[]): string {
  const entries = urls.map((u) => ["<url>", element("loc", u.loc), ...lastmod(u.lastModified), "</url>"].join(""));
  return [XML_DECLARATION, `<urlset ${SITEMAP_NS}>`, ...entries, "</urlset>", ""].join("\n");
}

export function buildSitemapIndex(sitemaps: readonly SitemapUrl[]): string {
  const entries = sitemaps.map((s) => ["<sitemap>", element("loc", s.loc), ...lastmod(s.lastModified), "</sitemap>"].join(""));
  return [XML_DECLARATION, `<sitemapindex ${SITEMAP_NS}>`, ...entries, "</sitemapindex>", ""].join("\n");
}
