/**
 * The people and taxonomy the scale seed's articles refer to: 500 authors, a pool of tags, the
 * readers who comment, and the sections and images the demo newsroom already made (images are
 * reused rather than encoded again).
 */
import type Database from "better-sqlite3";
import { slugify } from "@/lib/text/slug";
import type { Random } from "./random";
import { sqlTime } from "./sql";
import type { TextMaker } from "./text";
import * as words from "./words";

export const SCALE_AUTHORS = 500;

export interface HeroImage {
  id: string;
  alt: string;
  caption: string;
  credit: string;
}

export interface Catalogue {
  sectionIds: string[];
  authorIds: string[];
  tagIds: string[];
  readerIds: string[];
  heroes: HeroImage[];
}

/** Readers who comment: one per five articles, between 200 and 20,000. */
export function readerCount(articles: number): number {
  return Math.min(20_000, Math.max(200, Math.round(articles / 5)));
}

export function createCatalogue(sqlite: Database.Database, random: Random, text: TextMaker, articles: number, now: number): Catalogue {
  const sectionIds = sqlite.prepare<[], { id: string }>(`SELECT "id" FROM "Section" ORDER BY "position", "id"`).all().map((r) => r.id);
  const heroes = sqlite
    .prepare<[], HeroImage>(`SELECT "id", "alt", "caption", "credit" FROM "Media" WHERE "key" LIKE 'hero-%' ORDER BY "key"`)
    .all();
  const portraits = sqlite.prepare<[], { id: string }>(`SELECT "id" FROM "Media" WHERE "key" LIKE 'portrait-%' ORDER BY "key"`).all().map((r) => r.id);
  if (sectionIds.length === 0 || heroes.length === 0 || portraits.length === 0) {
    throw new Error("The scale seed builds on the demo newsroom: sections, hero images and portraits must exist first");
  }
  return {
    sectionIds,
    heroes,
    authorIds: createAuthors(sqlite, random, text, portraits, now),
    tagIds: createTags(sqlite, now),
    readerIds: createReaders(sqlite, text, readerCount(articles), now),
  };
}

function createAuthors(sqlite: Database.Database, random: Random, text: TextMaker, portraits: string[], now: number): string[] {
  const insertAuthor = sqlite.prepare(
    `INSERT INTO "Author" ("id", "slug", "name", "jobTitle", "bio", "bioHtml", "photoId", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertAffiliation = sqlite.prepare(
    `INSERT INTO "AuthorAffiliation" ("id", "authorId", "position", "role", "organisation", "url") VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertLink = sqlite.prepare(`INSERT INTO "AuthorLink" ("id", "authorId", "position", "kind", "url") VALUES (?, ?, ?, ?, ?)`);
  const ids: string[] = [];
  const created = sqlTime(now - 9 * 365 * 86_400_000);
  sqlite.transaction(() => {
    for (let i = 0; i < SCALE_AUTHORS; i++) {
      const id = `scauthor${i.toString(36).padStart(4, "0")}`;
      const name = text.personName();
      const jobTitle = random.pick(words.jobTitles);
      const paragraphs = [text.paragraph(2), text.paragraph(random.int(1, 3))].map((p) => `${name.split(" ")[0]} writes about ${random.pick(words.topics)}. ${p}`);
      const bioHtml = paragraphs.map((p) => `<p>${p}</p>`).join("\n");
      const photo = random.chance(0.7) ? random.pick(portraits) : null;
      insertAuthor.run(id, `${slugify(name)}-${i + 1}`, name, jobTitle, paragraphs.join("\n\n"), bioHtml, photo, created, created);
      for (let p = 0, n = random.int(0, 2); p < n; p++) {
        const organisation = random.pick(words.organisations);
        const url = organisation.startsWith("example.") ? `https://${organisation}` : null;
        insertAffiliation.run(`${id}f${p}`, id, p, random.pick(words.jobTitles), organisation, url);
      }
      const kinds = random.sample(words.linkKinds, random.int(0, 3));
      kinds.forEach((kind, p) => insertLink.run(`${id}l${p}`, id, p, kind, `https://example.com/${kind}/${slugify(name)}-${i + 1}`));
      ids.push(id);
    }
  })();
  return ids;
}

/** Every topic alone and with each qualifier ("Batteries", "Batteries policy", …); existing tags are reused. */
function createTags(sqlite: Database.Database, now: number): string[] {
  const existing = new Map(sqlite.prepare<[], { id: string; slug: string }>(`SELECT "id", "slug" FROM "Tag"`).all().map((r) => [r.slug, r.id]));
  const insert = sqlite.prepare(`INSERT INTO "Tag" ("id", "slug", "name", "createdAt") VALUES (?, ?, ?, ?)`);
  const ids: string[] = [];
  sqlite.transaction(() => {
    for (const topic of words.tagTopics) {
      for (const qualifier of words.tagQualifiers) {
        const name = `${topic}${qualifier}`;
        const slug = slugify(name);
        let id = existing.get(slug);
        if (!id) {
          id = `sctag${ids.length.toString(36).padStart(4, "0")}`;
          insert.run(id, slug, name, sqlTime(now));
          existing.set(slug, id);
        }
        ids.push(id);
      }
    }
  })();
  return ids;
}

function createReaders(sqlite: Database.Database, text: TextMaker, count: number, now: number): string[] {
  const insert = sqlite.prepare(
    `INSERT INTO "User" ("id", "name", "email", "emailVerified", "role", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, 'READER', ?, ?)`,
  );
  const ids: string[] = [];
  const created = sqlTime(now - 9 * 365 * 86_400_000);
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const id = `screader${i.toString(36).padStart(5, "0")}`;
      insert.run(id, text.personName(), `reader${i + 1}@scale.example`, created, created, created);
      ids.push(id);
    }
  })();
  return ids;
}
