/**
 * What the benchmark requests, chosen from the database itself (read directly, without the app):
 * the newest published article that takes comments, its first author, the section with the most
 * stories at page 50 (or its last page when it has fewer), a search for the commonest word of
 * five or more letters in the index, and the site feed.
 */
import { writeFileSync } from "node:fs";
import Database from "better-sqlite3";
import { articleDiscussionPath, articlePath, authorPath, feedPath, SEARCH_PATH, sectionPath } from "@/lib/site/urls";
import { ARTICLE_FIXTURE } from "./apps";

/** Stories per listing page (lib/articles/queries.ts ARTICLES_PER_PAGE). */
const ARTICLES_PER_PAGE = 12;
export const SECTION_PAGE = 50;

export interface Target {
  /** Short name in the tables. */
  name: string;
  path: string;
}

export interface Targets {
  article: { id: string; slug: string; title: string; standfirst: string; bodyHtml: string };
  /** Where a reader without JavaScript posts a comment on it. */
  discussionPath: string;
  pages: Target[];
  /** Notes on choices the database forced (a section with fewer than 50 pages). */
  notes: string[];
}

export function chooseTargets(file: string): Targets {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const now = Date.now();
    const published = sqlite
      .prepare(
        `SELECT id, slug, title, standfirst, bodyHtml, publishedAt FROM "Article"
         WHERE status = 'PUBLISHED' AND commentsOpen = 1 ORDER BY publishedAt DESC LIMIT 50`,
      )
      .all() as { id: string; slug: string; title: string; standfirst: string; bodyHtml: string; publishedAt: string }[];
    // Dates are ISO strings; a story published "in the future" is not live yet.
    const article = published.find((a) => Date.parse(a.publishedAt) <= now);
    if (!article) throw new Error("The database has no published article that takes comments.");

    const author = sqlite
      .prepare(`SELECT w.slug FROM "ArticleAuthor" j JOIN "Author" w ON w.id = j.authorId WHERE j.articleId = ? ORDER BY j.position LIMIT 1`)
      .get(article.id) as { slug: string } | undefined;
    if (!author) throw new Error(`Article ${article.slug} has no author.`);

    const section = sqlite
      .prepare(
        `SELECT s.slug, count(*) AS stories FROM "Article" a JOIN "Section" s ON s.id = a.sectionId
         WHERE a.status = 'PUBLISHED' AND a.publishedAt <= ? GROUP BY s.id ORDER BY stories DESC LIMIT 1`,
      )
      .get(new Date(now).toISOString().replace("Z", "+00:00")) as { slug: string; stories: number } | undefined;
    if (!section) throw new Error("The database has no section with published stories.");
    const sectionPages = Math.ceil(section.stories / ARTICLES_PER_PAGE);
    const page = Math.min(SECTION_PAGE, sectionPages);

    // The index's own vocabulary (prisma/migrations/…_search_vocabulary): the term found in the most rows.
    const word = sqlite
      .prepare(`SELECT term FROM "ArticleSearchVocabulary" WHERE length(term) >= 5 AND term NOT GLOB '*[^a-z]*' ORDER BY doc DESC, term LIMIT 1`)
      .get() as { term: string } | undefined;
    if (!word) throw new Error("The search index is empty.");

    const notes: string[] = [];
    if (sectionPages < SECTION_PAGE) {
      notes.push(`No section has ${SECTION_PAGE} pages (the largest, ${section.slug}, has ${sectionPages}); its last page is measured instead.`);
    }
    return {
      article,
      discussionPath: articleDiscussionPath(article.slug),
      pages: [
        { name: "article", path: articlePath(article.slug) },
        { name: "front", path: "/" },
        { name: "author", path: authorPath(author.slug) },
        { name: `section p${page}`, path: `${sectionPath(section.slug)}?page=${page}` },
        { name: "search", path: `${SEARCH_PATH}?q=${encodeURIComponent(word.term)}` },
        { name: "feed.xml", path: feedPath },
      ],
      notes,
    };
  } finally {
    sqlite.close();
  }
}

/** The article's text for the baseline Next.js app (bench/baseline-next/app/article.tsx). */
export function writeArticleFixture(targets: Targets): void {
  const { title, standfirst, bodyHtml } = targets.article;
  writeFileSync(ARTICLE_FIXTURE, JSON.stringify({ title, standfirst, bodyHtml }));
}
