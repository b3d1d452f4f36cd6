/**
 * The scale seed's articles and their comment threads, written in batched transactions with
 * prepared statements. Rows come out in publication order with ids that grow with it, so every
 * index is appended to rather than split.
 */
import type Database from "better-sqlite3";
import { slugify } from "@/lib/text/slug";
import { composeBody, type buildBlockPool } from "./bodies";
import type { Catalogue } from "./catalogue";
import type { Random } from "./random";
import { sqlTime } from "./sql";
import type { TextMaker } from "./text";
import * as words from "./words";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Publication times spread evenly over this many years before the seed runs. */
const YEARS = 8;
/** Articles (with their comments) written per transaction. */
const BATCH = 1_000;

export interface ArticleTotals {
  articles: number;
  comments: number;
  corrections: number;
}

type Pool = ReturnType<typeof buildBlockPool>;

const ARTICLE_COLUMNS = [
  "id", "slug", "status", "title", "standfirst", "body", "bodyHtml", "plainText", "wordCount", "readingMinutes",
  "heroImageId", "heroAlt", "heroCaption", "heroCredit", "sectionId", "commentsOpen", "commentCount",
  "publishedAt", "modifiedAt", "createdAt", "updatedAt",
] as const;

function insertSql(table: string, columns: readonly string[]): string {
  return `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`;
}

export function writeArticles(
  sqlite: Database.Database,
  random: Random,
  text: TextMaker,
  pool: Pool,
  catalogue: Catalogue,
  count: number,
  now: number,
  onBatch: (done: number) => void,
): ArticleTotals {
  const insertArticle = sqlite.prepare(insertSql("Article", ARTICLE_COLUMNS));
  const insertAuthor = sqlite.prepare(insertSql("ArticleAuthor", ["articleId", "authorId", "position"]));
  const insertTag = sqlite.prepare(insertSql("ArticleTag", ["articleId", "tagId", "position"]));
  const insertCorrection = sqlite.prepare(insertSql("Correction", ["id", "articleId", "body", "createdAt"]));
  const insertComment = sqlite.prepare(
    insertSql("Comment", ["id", "articleId", "userId", "parentId", "body", "status", "createdAt", "deletedAt", "moderatedAt"]),
  );
  const totals: ArticleTotals = { articles: 0, comments: 0, corrections: 0 };
  const span = YEARS * 365 * DAY;

  const writeOne = (i: number) => {
    const id = `scart${i.toString(36).padStart(6, "0")}`;
    // Evenly spread, oldest first, the newest a few minutes before `now`, with some jitter.
    const publishedAt = Math.min(now - 5 * 60_000, now - span + Math.round(((i + 1) / count) * span) + random.int(-3, 3) * HOUR);
    const title = text.headline();
    const slug = `${slugify(title).slice(0, 64).replace(/-+$/, "")}-${(i + 1).toString(36)}`;
    const body = composeBody(random, text, pool);
    const hero = random.chance(0.9) ? random.pick(catalogue.heroes) : null;
    const modifiedAt = random.chance(0.08) ? Math.min(now, publishedAt + random.int(1, 72) * HOUR) : null;
    const comments = writeComments(id, i, publishedAt);
    insertArticle.run(
      id, slug, "PUBLISHED", title, text.paragraph(random.int(1, 2)), body.markdown, body.html, body.plainText, body.wordCount,
      body.readingMinutes, hero?.id ?? null, hero?.alt ?? "", hero?.caption ?? "", hero?.credit ?? "",
      catalogue.sectionIds[random.skewedIndex(catalogue.sectionIds.length, 1.3)], random.chance(0.95) ? 1 : 0, comments,
      sqlTime(publishedAt), modifiedAt === null ? null : sqlTime(modifiedAt), sqlTime(publishedAt - DAY), sqlTime(modifiedAt ?? publishedAt),
    );
    const byline = random.sample(catalogue.authorIds, random.chance(0.8) ? 1 : 2, (size) => random.skewedIndex(size, 1.8));
    byline.forEach((authorId, position) => insertAuthor.run(id, authorId, position));
    const tags = random.sample(catalogue.tagIds, random.int(0, 4), (size) => random.skewedIndex(size, 2.2));
    tags.forEach((tagId, position) => insertTag.run(id, tagId, position));
    if (random.chance(0.01)) {
      insertCorrection.run(`${id}x`, id, text.sentence(words.correctionPatterns), sqlTime(Math.min(now, publishedAt + random.int(2, 96) * HOUR)));
      totals.corrections++;
    }
    totals.articles++;
  };

  /** About ten comments an article on average, a third of them replies; returns the approved, undeleted count. */
  const writeComments = (articleId: string, i: number, publishedAt: number): number => {
    const count = random.chance(0.2) ? 0 : Math.min(80, Math.round(random.exponential(12.5)));
    const window = Math.max(60_000, Math.min(7 * DAY, now - publishedAt));
    const threads: string[] = [];
    let visible = 0;
    let at = publishedAt;
    for (let c = 0; c < count; c++) {
      at = Math.min(now, at + Math.round(random.exponential(window / (count + 1))));
      const id = `sccom${i.toString(36).padStart(6, "0")}${c.toString(36).padStart(2, "0")}`;
      const roll = random.next();
      const status = roll < 0.92 ? "APPROVED" : roll < 0.96 ? "PENDING" : roll < 0.985 ? "REJECTED" : "SPAM";
      const parentId = threads.length > 0 && random.chance(0.35) ? random.pick(threads) : null;
      const deleted = status === "APPROVED" && random.chance(0.01);
      const reader = catalogue.readerIds[random.skewedIndex(catalogue.readerIds.length, 1.5)];
      const later = sqlTime(Math.min(now, at + HOUR));
      const moderated = status === "REJECTED" || status === "SPAM" ? later : null;
      insertComment.run(id, articleId, reader, parentId, text.paragraph(random.int(1, 3), words.commentPatterns), status, sqlTime(at), deleted ? later : null, moderated);
      if (status === "APPROVED" && !parentId) threads.push(id);
      if (status === "APPROVED" && !deleted) visible++;
      totals.comments++;
    }
    return visible;
  };

  for (let start = 0; start < count; start += BATCH) {
    const end = Math.min(count, start + BATCH);
    sqlite.transaction(() => {
      for (let i = start; i < end; i++) writeOne(i);
    })();
    onBatch(end);
  }
  return totals;
}
