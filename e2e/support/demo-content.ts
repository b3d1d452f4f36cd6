/**
 * The demo newsroom that scripts/e2e-server.sh seeds, read from the seed's own content files so
 * the tests and the database can never disagree about slugs, titles, authors or comments.
 */
import { articlesA } from "../../prisma/seed/content/articles-a";
import { articlesB } from "../../prisma/seed/content/articles-b";
import { authors } from "../../prisma/seed/content/authors";
import { commenters } from "../../prisma/seed/content/commenters";
import { sections } from "../../prisma/seed/content/sections";
import type { SeedArticle, SeedAuthor, SeedSection } from "../../prisma/seed/content/types";
import { smartQuotesText } from "../../lib/markdown/smart-quotes";

export type { SeedArticle, SeedAuthor, SeedSection };

export const demoArticles: readonly SeedArticle[] = [...articlesA, ...articlesB];
export const demoAuthors: readonly SeedAuthor[] = authors;
export const demoSections: readonly SeedSection[] = sections;

/** Articles a reader may see: the seed marks them by leaving `status` out. */
export const publishedArticles = demoArticles.filter((a) => a.status === undefined);

/** Drafts, articles in review and scheduled ones: none of these may ever reach a reader. */
export const unpublishedArticles = demoArticles.filter((a) => a.status !== undefined);

export function unpublishedWithStatus(status: NonNullable<SeedArticle["status"]>): SeedArticle[] {
  const found = demoArticles.filter((a) => a.status === status);
  if (found.length === 0) throw new Error(`The demo content has no ${status} article`);
  return found;
}

export function article(slug: string): SeedArticle {
  const found = demoArticles.find((a) => a.slug === slug);
  if (!found) throw new Error(`The demo content has no article "${slug}"`);
  return found;
}

export function author(slug: string): SeedAuthor {
  const found = authors.find((a) => a.slug === slug);
  if (!found) throw new Error(`The demo content has no author "${slug}"`);
  return found;
}

export function authorByName(name: string): SeedAuthor {
  const found = authors.find((a) => a.name === name);
  if (!found) throw new Error(`The demo content has no author named "${name}"`);
  return found;
}

export function commenterName(handle: string): string {
  const found = commenters.find((c) => c.handle === handle);
  if (!found) throw new Error(`The demo content has no commenter "${handle}"`);
  return found.name;
}

/** The first published article matching `predicate`; fails loudly when the seed no longer has one. */
export function firstPublished(description: string, predicate: (a: SeedArticle) => boolean): SeedArticle {
  const found = publishedArticles.find(predicate);
  if (!found) throw new Error(`The demo content has no published article that ${description}`);
  return found;
}

/** Published articles per list: the seed decides whether any list is long enough to paginate. */
export function publishedCount(predicate: (a: SeedArticle) => boolean): number {
  return publishedArticles.filter(predicate).length;
}

/** Same rule as the app's slugify for the plain ASCII tag names of the seed ("Open source" → "open-source"). */
export function tagSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export const articlePath = (slug: string) => `/articles/${slug}`;
export const authorPath = (slug: string) => `/authors/${slug}`;
export const sectionPath = (slug: string) => `/sections/${slug}`;
export const tagPath = (slug: string) => `/tags/${slug}`;

/** Seed text with its line breaks and runs of spaces collapsed, as a browser lays it out. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Seed prose as a reader sees it: on one line, with typographic quotes and apostrophes (the site is in English). */
export function shown(text: string): string {
  return smartQuotesText(oneLine(text));
}
