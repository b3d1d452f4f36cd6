/**
 * The bodies of the Baltic Tech Desk posts as each source system stored them (test/fixtures/imports),
 * and what a reader saw in them: the browser parses the source HTML as the old site served it.
 */
import fs from "node:fs";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";

const FIXTURES = path.resolve("test/fixtures/imports");

export type SourceSystem = "wordpress" | "ghost";

/** The HTML body of the published post with this slug, as the export holds it. */
export function sourceBody(system: SourceSystem, slug: string): string {
  if (system === "ghost") {
    const data = JSON.parse(fs.readFileSync(path.join(FIXTURES, "ghost/export.json"), "utf8")) as { db: { data: { posts: { slug: string; html: string | null }[] } }[] };
    const post = data.db[0]!.data.posts.find((p) => p.slug === slug);
    if (!post?.html) throw new Error(`No Ghost post ${slug} with HTML`);
    return post.html;
  }
  const parser = new XMLParser({ parseTagValue: false, processEntities: true, htmlEntities: false, isArray: (name) => name === "item" });
  const wxr = parser.parse(fs.readFileSync(path.join(FIXTURES, "wordpress/export.xml"), "utf8")) as { rss: { channel: { item: Record<string, unknown>[] } } };
  const item = wxr.rss.channel.item.find((i) => i["wp:post_name"] === slug && i["wp:post_type"] === "post");
  if (!item) throw new Error(`No WordPress post ${slug}`);
  return String(item["content:encoded"]);
}

/** What a reader reads in a body: its paragraphs, its headings and its links' words, in order. */
export interface Reading {
  paragraphs: string[];
  headings: string[];
  links: { text: string; external: string | null }[];
}

/** Reads a rendered body (or the source's, loaded in a page of its own). Links to other sites keep their address. */
export async function readingOf(body: Locator, ownOrigins: readonly string[]): Promise<Reading> {
  return body.evaluate((root, origins) => {
    const text = (el: Element) => (el.textContent ?? "").replace(/\s+/g, " ").trim();
    const external = (href: string) => (/^https?:\/\//.test(href) && !origins.some((o) => href.startsWith(o)) ? href : null);
    return {
      paragraphs: [...root.querySelectorAll(":scope > p")].map(text).filter(Boolean),
      headings: [...root.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => `${h.tagName.toLowerCase()} ${text(h)}`),
      links: [...root.querySelectorAll("a[href]")].map((a) => ({ text: text(a), external: external(a.getAttribute("href") ?? "") })),
    };
  }, ownOrigins);
}

/** The reading of a source body: the browser parses it in a blank page of the same context. */
export async function sourceReading(page: Page, system: SourceSystem, slug: string): Promise<Reading> {
  const blank = await page.context().newPage();
  try {
    await blank.setContent(`<!doctype html><html><body><main>${sourceBody(system, slug)}</main></body></html>`, { waitUntil: "domcontentloaded" });
    return await readingOf(blank.locator("main"), ["http://localhost:8082", "http://localhost:2369", "__GHOST_URL__"]);
  } finally {
    await blank.close();
  }
}
