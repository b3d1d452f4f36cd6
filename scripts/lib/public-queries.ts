/**
 * Every public query function that the site's pages, feeds, sitemaps and health check call,
 * with arguments taken from the database at hand: the busiest and the quietest tag, the most
 * prolific author, deep pages, common and rare search words. Shared by the query-plan test
 * (test/public-query-plans.int.test.ts) and the timing script (scripts/query-timings.ts).
 */
import { db } from "@/lib/db";
import * as articles from "@/lib/articles/queries";
import { getAuthorProfile } from "@/lib/authors/queries";
import { getUserBySessionToken } from "@/lib/auth/queries";
import { listPublicComments } from "@/lib/comments/queries";
import * as feeds from "@/lib/feeds/queries";
import { getHealth } from "@/lib/health/queries";
import { getCurrentSlug, type RedirectKind } from "@/lib/redirects/queries";
import { searchArticles } from "@/lib/search/queries";
import { getSection, listSections } from "@/lib/sections/queries";
import { getBooleanSetting } from "@/lib/settings/queries";
import { getTag } from "@/lib/tags/queries";

export interface PublicQueryFixture {
  /** The newest published article with the most comments among the newest 1,000. */
  article: { id: string; slug: string; sectionId: string | null; tagIds: string[] };
  commenterId: string | null;
  section: { id: string; slug: string; lastPage: number };
  busyTag: { id: string; slug: string; lastPage: number };
  quietTag: { id: string; slug: string };
  author: { id: string; slug: string; lastPage: number };
  redirects: { kind: RedirectKind; fromSlug: string }[];
  sessionToken: string;
  /** Chunk size for the sitemap-index cases: the real one on a large database, else small enough to make an index. */
  sitemapChunkSize: number;
}

const PER_PAGE = articles.ARTICLES_PER_PAGE;
const lastPage = (count: number) => Math.max(1, Math.ceil(count / PER_PAGE));

export async function findFixture(sessionToken: string, sitemapChunkSize: number): Promise<PublicQueryFixture> {
  const now = new Date();
  const published = { status: "PUBLISHED" as const, publishedAt: { lte: now } };
  const recent = await db.article.findMany({
    where: published,
    orderBy: { publishedAt: "desc" },
    take: 1_000,
    select: { id: true, slug: true, commentCount: true, sectionId: true, tags: { select: { tagId: true } } },
  });
  const newest = [...recent].sort((a, b) => b.commentCount - a.commentCount)[0];
  if (!newest) throw new Error("The database has no published article");
  const article = { id: newest.id, slug: newest.slug, sectionId: newest.sectionId, tagIds: newest.tags.map((t) => t.tagId) };
  const commenter = await db.comment.findFirst({ where: { articleId: article.id, userId: { not: null } }, select: { userId: true } });

  const sections = await db.article.groupBy({ by: ["sectionId"], where: { ...published, sectionId: { not: null } }, _count: { _all: true } });
  const biggestSection = [...sections].sort((a, b) => b._count._all - a._count._all)[0];
  const section = biggestSection?.sectionId ? await db.section.findUnique({ where: { id: biggestSection.sectionId }, select: { id: true, slug: true } }) : null;

  const tags = await db.articleTag.groupBy({ by: ["tagId"], _count: { _all: true } });
  const byUse = [...tags].sort((a, b) => b._count._all - a._count._all);
  const [busy, quiet] = await Promise.all(
    [byUse[0], byUse.at(-1)].map((t) => (t ? db.tag.findUnique({ where: { id: t.tagId }, select: { id: true, slug: true } }) : null)),
  );
  const authors = await db.articleAuthor.groupBy({ by: ["authorId"], _count: { _all: true } });
  const prolific = [...authors].sort((a, b) => b._count._all - a._count._all)[0];
  const author = prolific ? await db.author.findUnique({ where: { id: prolific.authorId }, select: { id: true, slug: true } }) : null;
  if (!section || !busy || !quiet || !author) throw new Error("The database needs a section, tags and authors with published articles");

  const redirects = await Promise.all(
    (["ARTICLE", "AUTHOR", "SECTION", "TAG"] as const).map(async (kind) => ({
      kind,
      fromSlug: (await db.slugRedirect.findFirst({ where: { kind }, select: { fromSlug: true } }))?.fromSlug ?? "no-such-slug",
    })),
  );
  return {
    article,
    commenterId: commenter?.userId ?? null,
    section: { ...section, lastPage: lastPage(biggestSection?._count._all ?? 0) },
    busyTag: { ...busy, lastPage: lastPage(byUse[0]?._count._all ?? 0) },
    quietTag: quiet,
    author: { ...author, lastPage: lastPage(prolific?._count._all ?? 0) },
    redirects,
    sessionToken,
    sitemapChunkSize,
  };
}

/** [name, call] for every public query, typical and worst-case arguments both. */
export function publicQueryCases(f: PublicQueryFixture): [string, () => Promise<unknown>][] {
  return [
    ["getPublishedArticle", () => articles.getPublishedArticle(f.article.slug)],
    ["listRelatedArticles", () => articles.listRelatedArticles(f.article)],
    ["listLatestArticles (front page)", () => articles.listLatestArticles(9)],
    ["listSectionsLatest (front page)", async () => articles.listSectionsLatest((await listSections()).map((s) => s.id), 4)],
    ["listSections", () => listSections()],
    ["getSection", () => getSection(f.section.slug)],
    ["listSectionArticles page 1", () => articles.listSectionArticles(f.section.id, 1)],
    [`listSectionArticles last page (${f.section.lastPage})`, () => articles.listSectionArticles(f.section.id, f.section.lastPage)],
    ["getTag", () => getTag(f.busyTag.slug)],
    ["listTagArticles busiest tag page 1", () => articles.listTagArticles(f.busyTag.id, 1)],
    [`listTagArticles busiest tag last page (${f.busyTag.lastPage})`, () => articles.listTagArticles(f.busyTag.id, f.busyTag.lastPage)],
    ["listTagArticles quietest tag", () => articles.listTagArticles(f.quietTag.id, 1)],
    ["getAuthorProfile", () => getAuthorProfile(f.author.slug)],
    ["listAuthorArticles page 1", () => articles.listAuthorArticles(f.author.id, 1)],
    [`listAuthorArticles last page (${f.author.lastPage})`, () => articles.listAuthorArticles(f.author.id, f.author.lastPage)],
    ["listCorrections", () => articles.listCorrections()],
    ...f.redirects.map(({ kind, fromSlug }): [string, () => Promise<unknown>] => [`getCurrentSlug ${kind}`, () => getCurrentSlug(kind, fromSlug)]),
    ["listPublicComments (guest)", () => listPublicComments(f.article.id)],
    ["listPublicComments (commenter)", () => listPublicComments(f.article.id, f.commenterId, "newest")],
    ["getUserBySessionToken", () => getUserBySessionToken(f.sessionToken)],
    ["getBooleanSetting", () => getBooleanSetting("comments.premoderation")],
    ['searchArticles "the" (matches nearly all)', () => searchArticles("the", 1)],
    ['searchArticles "company" page 5', () => searchArticles("company", 5)],
    ['searchArticles "battery recycling"', () => searchArticles("battery recycling", 1)],
    ['searchArticles "vilnius satel" (prefix)', () => searchArticles("vilnius satel", 1)],
    ["listSiteFeedArticles", () => feeds.listSiteFeedArticles()],
    ["listSectionFeedArticles", () => feeds.listSectionFeedArticles(f.section.id)],
    ["listAuthorFeedArticles", () => feeds.listAuthorFeedArticles(f.author.id)],
    ["listNewsSitemapArticles", () => feeds.listNewsSitemapArticles()],
    ["listSitemapContent (a sitemap in one file)", () => feeds.listSitemapContent()],
    ["getSitemapIndex", () => feeds.getSitemapIndex(new Date(), f.sitemapChunkSize)],
    ["getSitemapChunk 2", () => feeds.getSitemapChunk(2, new Date(), f.sitemapChunkSize)],
    ["getHealth", () => getHealth()],
  ];
}
