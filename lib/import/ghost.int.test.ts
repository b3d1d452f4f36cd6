import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { folderSource } from "@/lib/import/media-source";
import { readExportFile, runImport } from "@/lib/import/run";
import type { ImportReport } from "@/lib/import/report";
import { databaseDigest } from "@/reliability/support/database";
import { env } from "@/lib/env";

const FIXTURES = path.resolve("test/fixtures/imports");

afterAll(() => db.$disconnect());

async function importGhost(): Promise<ImportReport> {
  return runImport({
    system: "ghost",
    file: await readExportFile(path.join(FIXTURES, "ghost/export.json")),
    redirects: await readExportFile(path.join(FIXTURES, "ghost/redirects.yaml")),
    media: folderSource(path.join(FIXTURES, "ghost/images")),
    dryRun: false,
    actorId: null,
  });
}

const article = (slug: string) =>
  db.article.findUniqueOrThrow({
    where: { slug },
    include: { section: true, heroImage: true, authors: { orderBy: { position: "asc" }, include: { author: { include: { links: { orderBy: { position: "asc" } }, photo: true } } } }, tags: { orderBy: { position: "asc" }, include: { tag: true } } },
  });

describe("importing the Baltic Tech Desk Ghost export into an empty newsroom", () => {
  let report: ImportReport;
  beforeAll(async () => {
    report = await importGhost();
  }, 120_000);

  it("creates the eleven posts with Ghost's statuses and skips the page", async () => {
    expect(report.counts.posts).toEqual({ created: 11, updated: 0, unchanged: 0, skipped: 1 });
    expect(await db.article.count({ where: { status: "PUBLISHED" } })).toBe(9);
    expect(await article("preview-the-chip-roadmaps-to-watch-in-2027")).toMatchObject({ status: "SCHEDULED", scheduledAt: new Date("2027-01-12T06:00:00Z") });
    expect(await article("what-the-ai-acts-transparency-rules-mean-for-newsrooms")).toMatchObject({ status: "DRAFT", publishedAt: null });
  });

  it("keeps every author of a post in byline order, with bios, links and photos", async () => {
    const edge = await article("why-small-language-models-are-winning-at-the-edge");
    expect(edge.authors.map((a) => a.author.name)).toEqual(["Elena Marsh", "Artūras Malašauskas"]);
    const arturas = edge.authors[1]!.author;
    expect(arturas.bio).toHaveLength(696);
    expect(arturas.links.map((l) => [l.kind, l.url])).toEqual([
      ["website", "https://muza-ai.eu"],
      ["linkedin", "https://www.linkedin.com/in/arturas-malasauskas/"],
    ]);
    const elena = edge.authors[0]!.author;
    expect(elena.links.map((l) => l.kind)).toEqual(["website", "x"]);
    expect(elena.photo).toMatchObject({ width: 400, height: 400 });
    expect(elena.bioHtml).toContain("<p>Senior reporter");
  });

  it("makes the primary tag the section, the others tags, and the feature image the hero", async () => {
    const meta = await article("metas-hybrid-ai-open-source-strategy-revealed");
    expect(meta.section?.name).toBe("AI Models");
    expect(meta.tags.map((t) => t.tag.name)).toEqual(["Open source", "Meta"]);
    expect(meta.heroAlt).toBe("Abstract illustration of interlocking open and closed network nodes");
    expect(meta.body.split("\n\n")).toHaveLength(10);
    const edge = await article("why-small-language-models-are-winning-at-the-edge");
    expect(edge.body).toContain("](/articles/metas-hybrid-ai-open-source-strategy-revealed)");
    expect(edge.body).not.toContain("__GHOST_URL__");
    const gallery = await article("in-pictures-the-robotics-hall-at-vilnius-tech-week");
    expect(gallery.body.match(/!\[[^\]]+\]\(\/media\/m-[0-9a-f]+\)/g)).toHaveLength(3);
    const table = await article("five-laptop-npus-one-local-model-the-benchmark-table");
    expect(table.bodyHtml).toContain("<th>Laptop</th>");
  });

  it("records Ghost's old addresses and the redirects.yaml rule", async () => {
    const renamed = await db.article.findUniqueOrThrow({ where: { slug: "open-weight-licences-explained" } });
    expect(await db.legacyPath.findUnique({ where: { path: "/open-weight-licences-explained" } })).toMatchObject({ kind: "ARTICLE", targetId: renamed.id });
    expect(await db.legacyPath.findUnique({ where: { path: "/open-source-licences-explained" } })).toMatchObject({ kind: "ARTICLE", targetId: renamed.id });
    expect(await db.legacyPath.findUnique({ where: { path: "/tag/ai-models" } })).toMatchObject({ kind: "SECTION" });
    expect(await db.legacyPath.findUnique({ where: { path: "/author/arturas-malasauskas" } })).toMatchObject({ kind: "AUTHOR" });
  });

  it("changes nothing when imported again", async () => {
    const before = await databaseDigest(env.DATABASE_URL);
    const again = await importGhost();
    expect(again.counts.posts).toMatchObject({ created: 0, updated: 0, unchanged: 11 });
    expect((await databaseDigest(env.DATABASE_URL)).tables).toEqual(before.tables);
  });

  it("updates a post that changed in Ghost, and leaves one an editor changed here", async () => {
    const file = await readExportFile(path.join(FIXTURES, "ghost/export.json"));
    const changed = file.text.replace("Meta's Hybrid AI Open-Source Strategy Revealed", "Meta's Hybrid AI Strategy, Revealed").replace("Why Small Language Models Are Winning at the Edge", "Small Models Win at the Edge");
    const edited = await db.article.update({ where: { slug: "why-small-language-models-are-winning-at-the-edge" }, data: { title: "Edited here", version: { increment: 1 } } });
    const result = await runImport({ system: "ghost", file: { name: "export.json", text: changed }, media: folderSource(path.join(FIXTURES, "ghost/images")), dryRun: false, actorId: null });
    expect(result.counts.posts).toMatchObject({ created: 0, updated: 1 });
    expect((await article("metas-hybrid-ai-open-source-strategy-revealed")).title).toBe("Meta's Hybrid AI Strategy, Revealed");
    expect((await db.article.findUniqueOrThrow({ where: { id: edited.id } })).title).toBe("Edited here");
    expect(result.posts.find((p) => p.title === "Small Models Win at the Edge")?.reason).toMatch(/edited in Masthead/);
  });
});
