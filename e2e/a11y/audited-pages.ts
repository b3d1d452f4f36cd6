/**
 * The public pages the accessibility suites walk through: one of every kind a reader can reach,
 * signed out. Taken from the demo content and the test fixtures, so the paths always exist.
 */
import { ARCHIVE_TAG } from "../fixtures/fixture-data";
import { article, articlePath, authorPath, firstPublished, sectionPath, tagPath, tagSlug } from "../support/demo-content";

/** Two authors, a hero, a figure, a correction, tags, related stories and comments with a reply. */
export const storyWithComments = article("eu-training-run-disclosure-draft");
const storyWithTable = firstPublished("has a table", (a) => /^\|.+\|$/m.test(a.body));
const storyWithCode = firstPublished("has a code block", (a) => a.body.includes("```"));

/** A word from the story's headline: the search finds it and more. */
export const SEARCH_WORD = "training";

export interface AuditedPage {
  name: string;
  path: string;
  /** The HTTP status the page answers with. */
  status: number;
}

const firstAuthor = storyWithComments.authors[0];
const firstTag = storyWithComments.tags[0];
if (!firstAuthor || !firstTag) throw new Error(`${storyWithComments.slug} needs an author and a tag`);

export const auditedPages: readonly AuditedPage[] = [
  { name: "front page", path: "/", status: 200 },
  { name: "article with comments", path: articlePath(storyWithComments.slug), status: 200 },
  { name: "article with a table", path: articlePath(storyWithTable.slug), status: 200 },
  { name: "article with code", path: articlePath(storyWithCode.slug), status: 200 },
  { name: "author", path: authorPath(firstAuthor), status: 200 },
  { name: "section", path: sectionPath(storyWithComments.section), status: 200 },
  { name: "tag", path: tagPath(tagSlug(firstTag)), status: 200 },
  { name: "paginated tag, page 2", path: `${tagPath(ARCHIVE_TAG.slug)}?page=2`, status: 200 },
  { name: "search results", path: `/search?q=${SEARCH_WORD}`, status: 200 },
  { name: "search without results", path: "/search?q=zzzqqqxxy", status: 200 },
  { name: "empty search page", path: "/search", status: 200 },
  { name: "sign-in page", path: "/signin", status: 200 },
  { name: "corrections", path: "/corrections", status: 200 },
  { name: "unknown article (404)", path: "/articles/no-such-story-anywhere", status: 404 },
  { name: "unknown address (404)", path: "/no/such/page", status: 404 },
];
