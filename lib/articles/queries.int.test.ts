import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getAuthorProfile } from "@/lib/authors/queries";
import {
  getPublishedArticle,
  listAuthorArticles,
  listLatestArticles,
  listRelatedArticles,
  listSectionArticles,
  listSectionsLatest,
  listTagArticles,
  loadCards,
  ARTICLES_PER_PAGE,
} from "@/lib/articles/queries";
import { authorBoxSelect, cardSelect, imageSelect, toAuthorBox, toCard, toImage } from "@/lib/articles/select";
import { createArticle, createAuthor, createSection, createTag } from "@/test/factories";

/** A published article as the story page loads it, which is what related stories are found from. */
async function published(slug: string) {
  const article = await getPublishedArticle(slug);
  if (!article) throw new Error(`${slug} is not published`);
  return article;
}

const HOUR = 3_600_000;

describe("public article queries", () => {
  let sectionId: string;
  let tagId: string;
  let authorId: string;
  const hidden: Record<string, string> = {};
  let visibleSlug: string;

  beforeAll(async () => {
    sectionId = (await createSection()).id;
    tagId = (await createTag()).id;
    authorId = (await createAuthor()).id;
    const shared = { sectionId, tagIds: [tagId], authorIds: [authorId] };
    visibleSlug = (await createArticle({ ...shared, title: "Visible story" })).slug;
    hidden.draft = (await createArticle({ ...shared, status: "DRAFT" })).slug;
    hidden.inReview = (await createArticle({ ...shared, status: "IN_REVIEW" })).slug;
    hidden.scheduled = (
      await createArticle({ ...shared, status: "SCHEDULED", scheduledAt: new Date(Date.now() + 2 * HOUR) })
    ).slug;
    hidden.archived = (
      await createArticle({ ...shared, status: "ARCHIVED", publishedAt: new Date(Date.now() - 48 * HOUR) })
    ).slug;
    // Published status but a publication time still in the future: not public until then.
    hidden.future = (await createArticle({ ...shared, publishedAt: new Date(Date.now() + HOUR) })).slug;
  });

  it("returns a published article by slug with its section, tags and authors", async () => {
    const article = await getPublishedArticle(visibleSlug);
    expect(article?.title).toBe("Visible story");
    expect(article?.tags).toHaveLength(1);
    expect(article?.authors).toHaveLength(1);
    expect(article?.section).not.toBeNull();
  });

  it.each(["draft", "inReview", "scheduled", "archived", "future"])("a %s article is not found by slug", async (kind) => {
    expect(await getPublishedArticle(hidden[kind]!)).toBeNull();
  });

  it("keeps every unpublished article out of every list", async () => {
    const lists = [
      await listLatestArticles(100),
      (await listSectionsLatest([sectionId], 100)).get(sectionId) ?? [],
      (await listSectionArticles(sectionId, 1)).items,
      (await listTagArticles(tagId, 1)).items,
      (await listAuthorArticles(authorId, 1)).items,
    ];
    for (const list of lists) {
      const slugs = list.map((a) => a.slug);
      expect(slugs).toContain(visibleSlug);
      for (const slug of Object.values(hidden)) expect(slugs).not.toContain(slug);
    }
  });

  it("counts only published articles when paginating", async () => {
    const page = await listSectionArticles(sectionId, 1);
    expect(page.total).toBe(1);
    expect(page.totalPages).toBe(1);
  });

  it("never offers an unpublished article as related", async () => {
    const other = await createArticle({ sectionId, tagIds: [tagId] });
    const related = (await listRelatedArticles(await published(other.slug))).map((a) => a.slug);
    expect(related).toContain(visibleSlug);
    for (const slug of Object.values(hidden)) expect(related).not.toContain(slug);
    expect(related).not.toContain(other.slug);
  });
});

describe("pagination", () => {
  it("splits a section into pages, newest first, without overlap", async () => {
    const { id: sectionId } = await createSection();
    const total = ARTICLES_PER_PAGE + 3;
    for (let i = 0; i < total; i++) {
      await createArticle({ sectionId, publishedAt: new Date(Date.now() - (i + 1) * HOUR), title: `Story ${i}` });
    }
    const first = await listSectionArticles(sectionId, 1);
    const second = await listSectionArticles(sectionId, 2);
    expect(first.totalPages).toBe(2);
    expect(first.items).toHaveLength(ARTICLES_PER_PAGE);
    expect(second.items).toHaveLength(3);
    expect(first.items[0]?.title).toBe("Story 0");
    const ids = new Set([...first.items, ...second.items].map((a) => a.id));
    expect(ids.size).toBe(total);
    expect((await listSectionArticles(sectionId, 3)).items).toEqual([]);
  });
});

describe("the front page's section blocks", () => {
  it("give each section its newest published stories, as its own first page lists them, in one read for all", async () => {
    const [busy, tied, quiet, empty] = await Promise.all([createSection(), createSection(), createSection(), createSection()]);
    const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR);
    for (let i = 0; i < 6; i++) await createArticle({ sectionId: busy.id, publishedAt: at(i + 1) });
    await createArticle({ sectionId: busy.id, status: "DRAFT" });
    await createArticle({ sectionId: busy.id, publishedAt: new Date(Date.now() + HOUR) }); // not yet
    // Same publication time: the order falls to the id, as on the section's own pages.
    for (let i = 0; i < 3; i++) await createArticle({ sectionId: tied.id, publishedAt: at(5) });
    await createArticle({ sectionId: quiet.id, publishedAt: at(30) });
    await createArticle({ sectionId: quiet.id, status: "ARCHIVED", publishedAt: at(2) });

    const sections = [busy, tied, quiet, empty].map((s) => s.id);
    const blocks = await listSectionsLatest(sections, 4);
    expect([...blocks.keys()]).toEqual(sections);
    for (const id of sections) {
      const expected = (await listSectionArticles(id, 1)).items.slice(0, 4);
      expect(blocks.get(id), id).toEqual(expected);
    }
    expect(blocks.get(busy.id)).toHaveLength(4);
    expect(blocks.get(tied.id)).toHaveLength(3);
    expect(blocks.get(quiet.id)).toHaveLength(1);
    expect(blocks.get(empty.id)).toEqual([]);
    expect(await listSectionsLatest([], 4)).toEqual(new Map());
  });
});

describe("related articles", () => {
  it("ranks articles sharing more tags first", async () => {
    const [a, b, c] = [await createTag(), await createTag(), await createTag()];
    const source = await createArticle({ tagIds: [a.id, b.id, c.id] });
    const one = await createArticle({ tagIds: [a.id], publishedAt: new Date(Date.now() - HOUR) });
    const three = await createArticle({ tagIds: [a.id, b.id, c.id], publishedAt: new Date(Date.now() - 5 * HOUR) });
    const related = await listRelatedArticles(await published(source.slug));
    expect(related.map((r) => r.id).slice(0, 2)).toEqual([three.id, one.id]);
  });

  it("fills the gaps with the newest of the article's own section", async () => {
    const [{ id: sectionId }, { id: elsewhere }] = [await createSection(), await createSection()];
    const source = await createArticle({ sectionId });
    const older = await createArticle({ sectionId, publishedAt: new Date(Date.now() - 2 * HOUR) });
    const newer = await createArticle({ sectionId, publishedAt: new Date(Date.now() - HOUR) });
    await createArticle({ sectionId: elsewhere });
    const related = await listRelatedArticles(await published(source.slug));
    expect(related.map((r) => r.id)).toEqual([newer.id, older.id]);
  });
});

afterAll(() => db.$disconnect());

/** Gives an author every part of the author box, its lists created out of their order. */
async function fillAuthorBox(authorId: string, photoId: string) {
  await db.author.update({
    where: { id: authorId },
    data: {
      jobTitle: "Data editor",
      bioHtml: "<p>Writes about <em>numbers</em>.</p>",
      photoId,
      affiliations: {
        create: [
          { position: 2, role: "Member", organisation: "Third Society", url: null },
          { position: 0, role: "Editor", organisation: "First Desk", url: "https://first.example" },
          { position: 1, role: "Fellow", organisation: "Second Institute", url: null },
        ],
      },
      links: { create: [{ position: 1, kind: "website", url: "https://author.example" }, { position: 0, kind: "mastodon", url: "https://social.example/@author" }] },
    },
  });
}

describe("the story page's one-statement read", () => {
  it("returns what Prisma's relation reads of the same story return, lists in their order", async () => {
    const media = (key: string) => db.media.create({ data: { key, mimeType: "image/webp", width: 1600, height: 900, bytes: 1, alt: `Alt of ${key}` } });
    const [hero, portrait] = [await media("one-read-hero"), await media("one-read-portrait")];
    const { id: sectionId } = await createSection();
    const [first, second] = [await createTag(), await createTag()];
    const [ada, bo] = [await createAuthor(), await createAuthor()];
    await fillAuthorBox(bo.id, portrait.id);
    // Authors and tags listed in the opposite order to their creation.
    const story = await createArticle({ sectionId, authorIds: [bo.id, ada.id], tagIds: [second.id, first.id] });
    await db.article.update({
      where: { id: story.id },
      data: { heroImageId: hero.id, heroAlt: "", heroCaption: "A caption", heroCredit: "A credit", modifiedAt: new Date(), commentsOpen: false },
    });
    await db.correction.create({ data: { articleId: story.id, body: "Later correction", createdAt: new Date(Date.now() - 1_000) } });
    await db.correction.create({ data: { articleId: story.id, body: "Earlier correction", createdAt: new Date(Date.now() - 2_000) } });

    const row = await db.article.findUniqueOrThrow({
      where: { id: story.id },
      select: {
        title: true, standfirst: true, bodyHtml: true, readingMinutes: true, wordCount: true, publishedAt: true, modifiedAt: true,
        seoTitle: true, seoDescription: true, commentsOpen: true, commentCount: true, heroAlt: true, heroCaption: true, heroCredit: true, sectionId: true,
        heroImage: { select: imageSelect },
        section: { select: { slug: true, name: true } },
        tags: { orderBy: { position: "asc" }, select: { tagId: true, tag: { select: { slug: true, name: true } } } },
        authors: { orderBy: { position: "asc" }, select: { author: { select: authorBoxSelect } } },
        corrections: { orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true } },
      },
    });
    const heroImage = toImage(row.heroImage, row.heroAlt);
    expect(await getPublishedArticle(story.slug)).toEqual({
      id: story.id,
      slug: story.slug,
      title: row.title,
      standfirst: row.standfirst,
      bodyHtml: row.bodyHtml,
      readingMinutes: row.readingMinutes,
      wordCount: row.wordCount,
      publishedAt: row.publishedAt,
      modifiedAt: row.modifiedAt,
      seoTitle: row.seoTitle,
      seoDescription: row.seoDescription,
      commentsOpen: false,
      commentCount: row.commentCount,
      section: row.section,
      sectionId,
      tags: row.tags.map((t) => t.tag),
      tagIds: [second.id, first.id],
      authors: row.authors.map((a) => toAuthorBox(a.author)),
      hero: heroImage && { ...heroImage, caption: "A caption", credit: "A credit" },
      corrections: row.corrections,
    });
    // The fixture exercises every part: nothing above compared empty with empty.
    expect(row.authors[0]?.author.affiliations.map((a) => a.organisation)).toEqual(["First Desk", "Second Institute", "Third Society"]);
    expect(row.authors[0]?.author.links.map((l) => l.kind)).toEqual(["mastodon", "website"]);
    expect(row.authors[0]?.author.photo?.key).toBe("one-read-portrait");
    expect(row.corrections.map((c) => c.body)).toEqual(["Earlier correction", "Later correction"]);
    expect(heroImage?.alt).toBe("Alt of one-read-hero");
  });

  it("gives the author page the author box Prisma's relation reads give, lists in their order", async () => {
    const portrait = await db.media.create({ data: { key: "one-read-profile", mimeType: "image/webp", width: 800, height: 800, bytes: 1, alt: "" } });
    const author = await createAuthor();
    await fillAuthorBox(author.id, portrait.id);
    const row = await db.author.findUniqueOrThrow({ where: { id: author.id }, select: authorBoxSelect });
    expect(await getAuthorProfile(author.slug)).toEqual({ id: author.id, ...toAuthorBox(row) });
    expect(row.affiliations.map((a) => a.organisation)).toEqual(["First Desk", "Second Institute", "Third Society"]);
    expect(row.links.map((l) => l.kind)).toEqual(["mastodon", "website"]);
    expect(row.photo?.key).toBe("one-read-profile");

    // An author with nothing but a name, and one that does not exist.
    const plain = await createAuthor();
    expect(await getAuthorProfile(plain.slug)).toEqual({ id: plain.id, ...toAuthorBox(await db.author.findUniqueOrThrow({ where: { id: plain.id }, select: authorBoxSelect })) });
    expect(await getAuthorProfile("no-such-author")).toBeNull();
  });

  it("makes the cards Prisma's card selection makes, in the order asked, published ones only", async () => {
    const hero = await db.media.create({ data: { key: "one-read-card-hero", mimeType: "image/webp", width: 1200, height: 800, bytes: 1, alt: "Card alt" } });
    const { id: sectionId } = await createSection();
    const [ada, bo] = [await createAuthor(), await createAuthor()];
    const full = await createArticle({ sectionId, authorIds: [bo.id, ada.id] });
    await db.article.update({ where: { id: full.id }, data: { heroImageId: hero.id, heroAlt: "Own alt", commentCount: 7 } });
    const bare = await createArticle();
    const draft = await createArticle({ status: "DRAFT" });
    const ids = [bare.id, draft.id, full.id];

    const rows = await db.article.findMany({ where: { id: { in: [bare.id, full.id] } }, select: cardSelect });
    const prismaCards = [bare.id, full.id].map((id) => toCard(rows.find((r) => r.id === id)!));
    expect(await loadCards(ids, new Date())).toEqual(prismaCards);
    expect(prismaCards[1]?.authors.map((a) => a.slug)).toEqual([bo.slug, ada.slug]);
    expect(prismaCards[1]?.hero).toEqual({ key: "one-read-card-hero", width: 1200, height: 800, alt: "Own alt" });
    expect(await loadCards([], new Date())).toEqual([]);
  });

  it("answers null for a story that is not public, and for one whose time has not come", async () => {
    const draft = await createArticle({ status: "DRAFT" });
    const due = await createArticle({ publishedAt: new Date(Date.now() + HOUR) });
    expect(await getPublishedArticle(draft.slug)).toBeNull();
    expect(await getPublishedArticle(due.slug)).toBeNull();
    expect(await getPublishedArticle("no-such-story")).toBeNull();
  });
});
