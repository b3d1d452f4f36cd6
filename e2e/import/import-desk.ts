/**
 * What the browser tests of both imports check alike: each published post as a reader finds it,
 * and the unpublished ones as the desk's editor finds them in the admin.
 */
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import type { Account } from "../fixtures/accounts";
import { AdminArticlesPage } from "../pages/admin-articles-page";
import { ArticlePage } from "../pages/article-page";
import { shown } from "../support/demo-content";
import type { PublishedPost } from "./baltic-tech-desk";
import { readingOf, sourceReading, type Reading, type SourceSystem } from "./source-bodies";

/** The editor scripts/e2e-import-server.sh adds after the import, as a newsroom's first login would be. */
export const DESK_EDITOR: Account = { email: "desk@baltic-tech-desk.example", name: "Desk editor" };

/** The post at its new address: headline, bylines in order with their author boxes, section, tags and hero image. */
export async function expectPublishedPost(page: Page, post: PublishedPost, system: SourceSystem): Promise<void> {
  const story = new ArticlePage(page);
  const response = await story.goto(post.slug, "domcontentloaded");
  expect(response?.status(), post.slug).toBe(200);
  await expect(story.headline).toHaveText(shown(post.title));
  const authors = post.authors[system];
  await expect(story.bylineLinks).toHaveText(authors);
  for (const name of authors) await expect(story.authorBox(name), `${post.slug}: the box about ${name}`).toBeVisible();
  await expect(story.sectionLink).toHaveText(post.section.name);
  await expect(story.sectionLink).toHaveAttribute("href", `/sections/${post.section.slug}`);
  expect((await story.tagLinks.allTextContents()).map((t) => t.trim()).sort(), `${post.slug}: tags`).toEqual(post.tags);
  await expect(story.heroImage).toHaveAttribute("alt", post.heroAlt);
  await expect(story.heroWebpSource).toHaveAttribute("srcset", /\/media\/m-[0-9a-f]+\/\d+\.webp \d+w/);
}

/** The story's body reads as the source system showed it: the same paragraphs, headings and links, in order. */
export async function expectReadsAsSource(page: Page, slug: string, system: SourceSystem): Promise<void> {
  const story = new ArticlePage(page);
  await story.goto(slug, "domcontentloaded");
  const source = await sourceReading(page, system, slug);
  const here = await readingOf(story.body, []);
  expect(source.paragraphs.length, `${slug}: the source has paragraphs`).toBeGreaterThan(0);
  expect(quotesByKind(here), slug).toEqual(quotesByKind(source));
}

/**
 * A reading with every quotation mark and apostrophe as its plain kind (' or "): Masthead sets them
 * typographically (lib/markdown/smart-quotes.ts, unit-tested there), as WordPress's own display
 * did; what these tests compare is the words.
 */
function quotesByKind(reading: Reading): Reading {
  const plain = (text: string) => text.replace(/[‘’‚]/g, "'").replace(/[“”„]/g, '"');
  return {
    paragraphs: reading.paragraphs.map(plain),
    headings: reading.headings.map(plain),
    links: reading.links.map((link) => ({ ...link, text: plain(link.text) })),
  };
}

/** Each story is listed in the admin with its status ("draft", "scheduled"…), and a reader gets a 404 at its address. */
export async function expectInAdminNotPublic(editor: Page, reader: APIRequestContext, stories: { slug: string; title: string; status: string }[]): Promise<void> {
  const admin = new AdminArticlesPage(editor);
  await admin.goto();
  for (const story of stories) {
    await expect(admin.row(story.title).locator("td").nth(1).locator(".status"), story.title).toHaveText(story.status);
    const response = await reader.get(`/articles/${story.slug}`, { maxRedirects: 0 });
    expect(response.status(), `/articles/${story.slug}`).toBe(404);
  }
}

/**
 * An old address answers a permanent redirect to the new one. Written with the trailing slash the
 * old site used, it takes one more (Next.js drops the slash first) and ends at the same page.
 */
export async function expectPermanentRedirect(request: APIRequestContext, baseURL: string | undefined, old: string, now: string): Promise<void> {
  const response = await request.get(old, { maxRedirects: 0 });
  expect(response.status(), old).toBe(308);
  expect(new URL(response.headers()["location"] ?? "", baseURL).pathname, old).toBe(now);
  if (!old.includes("?")) {
    const slashed = await request.get(`${old}/`, { maxRedirects: 5 });
    expect(slashed.status(), `${old}/`).toBe(200);
    expect(new URL(slashed.url()).pathname, `${old}/`).toBe(now);
  }
}
