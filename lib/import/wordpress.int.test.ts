import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { folderSource } from "@/lib/import/media-source";
import { readExportFile, runImport } from "@/lib/import/run";
import type { ImportReport } from "@/lib/import/report";
import { renderArticleBody } from "@/lib/markdown/render-article-body";
import { searchArticles } from "@/lib/search/queries";
import { databaseDigest } from "@/reliability/support/database";
import { env } from "@/lib/env";
import { engine } from "@/test/engine";

const FIXTURES = path.resolve("test/fixtures/imports");

afterAll(() => db.$disconnect());

async function importWordPress(dryRun = false): Promise<ImportReport> {
  return runImport({
    system: "wordpress",
    file: await readExportFile(path.join(FIXTURES, "wordpress/export.xml")),
    media: folderSource(path.join(FIXTURES, "wordpress/uploads")),
    dryRun,
    actorId: null,
  });
}

const article = (slug: string) =>
  db.article.findUniqueOrThrow({
    where: { slug },
    include: {
      section: true,
      heroImage: true,
      authors: { orderBy: { position: "asc" }, include: { author: true } },
      tags: { orderBy: { position: "asc" }, include: { tag: true } },
      comments: { orderBy: { createdAt: "asc" }, include: { user: true } },
    },
  });

describe("importing the Baltic Tech Desk WordPress export into an empty newsroom", () => {
  let report: ImportReport;
  beforeAll(async () => {
    report = await importWordPress();
  }, 120_000);

  it("creates every post but the private one and the page, with WordPress's statuses and GMT dates", async () => {
    expect(report.counts.posts).toEqual({ created: 12, updated: 0, unchanged: 0, skipped: 2 });
    const rows = await db.article.findMany({ select: { slug: true, status: true, publishedAt: true, scheduledAt: true } });
    const bySlug = new Map(rows.map((r) => [r.slug, r]));
    expect(bySlug.get("metas-hybrid-ai-open-source-strategy-revealed")).toMatchObject({ status: "PUBLISHED", publishedAt: new Date("2026-11-20T07:30:00Z") });
    expect(bySlug.get("preview-the-chip-roadmaps-to-watch-in-2027")).toMatchObject({ status: "SCHEDULED", scheduledAt: new Date("2027-01-12T06:00:00Z") });
    expect(bySlug.get("what-the-ai-acts-transparency-rules-mean-for-newsrooms")).toMatchObject({ status: "DRAFT", publishedAt: null });
    expect(bySlug.get("reader-question-can-a-five-year-old-laptop-run-a-local-model")).toMatchObject({ status: "IN_REVIEW", publishedAt: null });
    expect([...bySlug.keys()].some((s) => s.startsWith("desk-notes"))).toBe(false);
    expect(report.posts.find((p) => p.sourceId === "42")).toMatchObject({ action: "skip", reason: "private in WordPress" });
    expect(report.posts.find((p) => p.sourceId === "44")).toMatchObject({ action: "skip", reason: "a page: Masthead has no route for pages" });
  });

  it("writes the seed article's body as Markdown, its derived fields as the editor's save does, and its byline, section, tags and hero", async () => {
    const meta = await article("metas-hybrid-ai-open-source-strategy-revealed");
    expect(meta.title).toBe("Meta's Hybrid AI Open-Source Strategy Revealed");
    expect(meta.standfirst).toMatch(/^Meta will open-source most of its next AI models/);
    expect(meta.body.split("\n\n")).toHaveLength(10);
    expect(meta.body).toContain('Meta can "be a force for democratizing access');
    expect(meta.body).toContain("Instagram—free services");
    const rendered = renderArticleBody(meta.body);
    expect([meta.bodyHtml, meta.plainText, meta.wordCount, meta.readingMinutes]).toEqual([rendered.html, rendered.plainText, rendered.wordCount, rendered.readingMinutes]);
    expect(meta.authors.map((a) => a.author.name)).toEqual(["Artūras Malašauskas"]);
    expect(meta.section?.name).toBe("AI Models");
    expect(meta.tags.map((t) => t.tag.name)).toEqual(["Meta", "Open source"]);
    expect(meta.heroAlt).toBe("Abstract illustration of interlocking open and closed network nodes");
    expect(meta.heroCaption).toMatch(/^Meta plans to open most of its next models/);
    expect(meta.heroImage).toMatchObject({ width: 800, height: 450, mimeType: "image/jpeg" });
  });

  it("converts headings, lists, tables, quotations, captions, galleries and embeds, with images in the media library and internal links pointing here", async () => {
    const chips = await article("eu-chips-act-money-reaches-the-packaging-plants");
    expect(chips.body).toMatch(/^## Where the money goes$/m);
    expect(chips.body).toMatch(/^### What the companies must do in return$/m);
    expect(chips.body).toMatch(/^- A chiplet assembly line/m);
    expect(chips.body).toMatch(/^2\. Offer at least 20 percent/m);
    expect(chips.body).toContain("€3.1 billion");
    const table = await article("five-laptop-npus-one-local-model-the-benchmark-table");
    expect(table.bodyHtml).toContain("<th>Laptop</th>");
    const edge = await article("why-small-language-models-are-winning-at-the-edge");
    expect(edge.body).toContain("](/articles/metas-hybrid-ai-open-source-strategy-revealed)");
    expect(edge.bodyHtml).toMatch(/<blockquote>[\s\S]*— Mira Kallas/);
    const sea = await article("inside-a-data-centre-cooled-by-the-baltic-sea");
    expect(sea.bodyHtml).toMatch(/<figure>[\s\S]*<picture>[\s\S]*<figcaption>Seawater enters the heat exchangers at about 6 °C/);
    const gallery = await article("in-pictures-the-robotics-hall-at-vilnius-tech-week");
    expect(gallery.body.match(/!\[[^\]]+\]\(\/media\/m-[0-9a-f]+ "/g)).toHaveLength(3);
    expect(gallery.body).toContain("*Scenes from the robotics hall on the opening day.*");
    const video = await article("watch-a-visual-primer-on-how-transformers-read-text");
    expect(video.body).toContain("<https://www.youtube.com/watch?v=wjZofJX0v4M>");
    expect(video.body).toContain("](/articles/five-laptop-npus-one-local-model-the-benchmark-table)");
    expect(await db.media.count()).toBe(13);
  });

  it("brings the approved comments in as one thread by imported commenters who can claim them by email", async () => {
    const meta = await article("metas-hybrid-ai-open-source-strategy-revealed");
    expect(meta.comments.map((c) => [c.user?.name, c.user?.email, c.status])).toEqual([
      ["Lukas Berg", "lukas.berg@example.com", "APPROVED"],
      ["Sofia Lindqvist", "sofia.lindqvist@example.org", "APPROVED"],
      ["Dainius Jankauskas", "dainius.j@example.com", "APPROVED"],
    ]);
    const [root, ...replies] = meta.comments;
    expect(root!.parentId).toBeNull();
    expect(replies.map((r) => r.parentId)).toEqual([root!.id, root!.id]);
    expect(meta.comments[0]!.createdAt).toEqual(new Date("2026-11-20T09:02:00Z"));
    expect(meta.commentCount).toBe(3);
    expect(meta.comments.every((c) => c.user?.role === "READER" && c.user.emailVerified === null)).toBe(true);
    expect(report.comments.filter((c) => c.action === "skip").map((c) => c.reason).sort()).toEqual(["in WordPress's trash", "waiting for moderation in WordPress"]);
  });

  it("makes sections of the categories that have posts and author profiles of the WordPress users", async () => {
    expect((await db.section.findMany({ orderBy: { position: "asc" } })).map((s) => s.slug)).toEqual(["events", "policy", "hardware", "ai-models", "infrastructure"]);
    expect(await db.section.findUnique({ where: { slug: "ai-models" } })).toMatchObject({ description: "Model releases, research and licences." });
    expect(await db.tag.count()).toBe(13);
    expect((await db.author.findMany({ orderBy: { slug: "asc" } })).map((a) => [a.slug, a.name, a.userId])).toEqual([
      ["arturas-malasauskas", "Artūras Malašauskas", null],
      ["elena-marsh", "Elena Marsh", null],
    ]);
  });

  it("records every old address of a published post, the old slug, and the archives", async () => {
    const target = (p: string) => db.legacyPath.findUnique({ where: { path: p } });
    const meta = await db.article.findUniqueOrThrow({ where: { slug: "metas-hybrid-ai-open-source-strategy-revealed" } });
    for (const p of ["/2026/11/metas-hybrid-ai-open-source-strategy-revealed", "/?p=4", "/2026/11/20/metas-hybrid-ai-open-source-strategy-revealed", "/metas-hybrid-ai-open-source-strategy-revealed"]) {
      expect(await target(p)).toMatchObject({ kind: "ARTICLE", targetId: meta.id });
    }
    const renamed = await db.article.findUniqueOrThrow({ where: { slug: "open-weight-licences-explained" } });
    expect(await target("/2026/11/open-source-licences-explained")).toMatchObject({ targetId: renamed.id });
    expect(await target("/category/ai-models")).toMatchObject({ kind: "SECTION" });
    expect(await target("/tag/open-source")).toMatchObject({ kind: "TAG" });
    expect(await target("/author/elena-marsh")).toMatchObject({ kind: "AUTHOR" });
    // Without pretty permalinks WordPress answered its archives at ?cat=ID, ?tag=slug and ?author=ID.
    const aiModels = await db.section.findUniqueOrThrow({ where: { slug: "ai-models" } });
    const elena = await db.author.findUniqueOrThrow({ where: { slug: "elena-marsh" } });
    expect(await target("/?cat=2")).toMatchObject({ kind: "SECTION", targetId: aiModels.id });
    expect(await target("/?tag=open-source")).toMatchObject({ kind: "TAG" });
    expect(await target("/?author=2")).toMatchObject({ kind: "AUTHOR", targetId: elena.id });
    // Uncategorized has no posts: no section, no address.
    expect(await target("/?cat=1")).toBeNull();
    expect(await target("/about")).toBeNull();
  });

  it("indexes the imported stories for search, diacritics and all, and leaves the search triggers as they were", async () => {
    const triggers = await db.$queryRawUnsafe<{ name: string }[]>(
      engine === "postgresql"
        ? `SELECT tgname::text AS name FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE 'ArticleSearch%' ORDER BY tgname`
        : `SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'ArticleSearch%' ORDER BY name`,
    );
    expect(triggers.map((t) => t.name)).toContain("ArticleSearch_author_link_insert");
    // Each engine's search migration: SQLite's keeps the FTS5 index in step with the documents too.
    expect(triggers).toHaveLength(engine === "postgresql" ? 11 : 14);
    const found = await searchArticles("malasauskas hybrid", 1);
    expect(found.items.map((r) => r.slug)).toEqual(["metas-hybrid-ai-open-source-strategy-revealed"]);
    const lithuanian = await searchArticles("zinios startuoliai", 1);
    expect(lithuanian.items.map((r) => r.slug)).toEqual(["zinios-trumpai-lietuvos-startuoliai-renkasi-atvirus-modelius"]);
    // The triggers work again after the import: an edit is indexed at once.
    await db.article.update({ where: { slug: "open-weight-licences-explained" }, data: { title: "Open-Weight Licences, Untangled" } });
    expect((await searchArticles("untangled", 1)).items.map((r) => r.slug)).toEqual(["open-weight-licences-explained"]);
    await db.article.update({ where: { slug: "open-weight-licences-explained" }, data: { title: "Open-Weight Licences, Explained" } });
  });

  it("changes nothing at all when the same export is imported again", async () => {
    const before = await databaseDigest(env.DATABASE_URL);
    const again = await importWordPress();
    expect(again.counts.posts).toEqual({ created: 0, updated: 0, unchanged: 12, skipped: 2 });
    expect(again.counts.comments.created).toBe(0);
    expect((await databaseDigest(env.DATABASE_URL)).tables).toEqual(before.tables);
  });

  it("a dry run lists what it would do and writes nothing", async () => {
    await db.article.deleteMany({ where: { slug: "open-weight-licences-explained" } });
    const before = await databaseDigest(env.DATABASE_URL);
    const dry = await importWordPress(true);
    expect(dry.dryRun).toBe(true);
    expect(dry.posts.find((p) => p.sourceId === "31")).toMatchObject({ action: "create", slug: "open-weight-licences-explained" });
    expect(dry.authors.map((a) => [a.name, a.action, a.matchedBy])).toEqual([
      ["Artūras Malašauskas", "unchanged", "earlier import"],
      ["Elena Marsh", "unchanged", "earlier import"],
    ]);
    expect((await databaseDigest(env.DATABASE_URL)).tables).toEqual(before.tables);
  });
});
