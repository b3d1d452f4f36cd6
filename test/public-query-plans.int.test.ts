/**
 * Every public query, on a database filled by the scale seed, must reach its rows through an
 * index: the statements each query function actually sends are captured and run through
 * `EXPLAIN QUERY PLAN`, and a full table scan fails the test. Without statistics (the app never
 * runs ANALYZE) SQLite plans the same way whatever the size of the tables, so a plan seen here on
 * a few hundred articles is the plan on 100,000. Timings are scripts/query-timings.ts's job.
 * PRINT_PLANS=1 prints every statement with its plan.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createSqlCapture } from "@/test/sql-capture";

const capture = createSqlCapture(process.env.DATABASE_URL ?? "");
vi.mock("@/lib/db", () => ({ db: capture.db, dialect: capture.dialect }));

const { db } = await import("@/lib/db");
const { sqliteFilePath } = await import("@/lib/db-adapter");
const { seedScale } = await import("@/prisma/seed/scale/seed-scale");
const { findFixture, publicQueryCases } = await import("@/scripts/lib/public-queries");

/**
 * Tables a public query may walk from end to end (through an index or not), and why. Any other
 * `SCAN <table>` in a plan fails the test: the brief's rule (no full table scan) plus full walks
 * of an index, which cost the same on a table that grows with the archive.
 */
const WHOLE_TABLE_READS: Record<string, string> = {
  Section: "a handful of rows, all of them wanted (header, front page, sitemap)",
  _prisma_migrations: "one row per migration: /api/health reports the newest",
  Tag: "the sitemap lists every tag with a story (a pool of hundreds, not one per article)",
  Author: "the sitemap lists every author with a story (hundreds)",
  Correction: "/corrections walks corrections newest first and stops at its limit",
};

/**
 * Indexes the public queries depend on, each with a query that needs it. A plan that stops
 * using one (it was dropped, or a query changed shape) fails the test even where SQLite finds
 * another way that is not a scan, such as sorting every published article.
 */
const REQUIRED_INDEXES: Record<string, string> = {
  Article_status_publishedAt_id_modifiedAt_idx: "the newest stories, feeds, the sitemap's chunks",
  Article_sectionId_status_publishedAt_id_idx: "section pages and feeds",
  Article_id_status_publishedAt_idx: "tag and author pages, related stories, corrections, search",
  Article_slug_key: "an article by its slug",
  ArticleTag_tagId_articleId_idx: "tag pages, related stories, the sitemap's tags",
  ArticleAuthor_authorId_articleId_idx: "author pages and feeds, the sitemap's authors",
  Comment_articleId_status_createdAt_idx: "an article's comments",
  SlugRedirect_kind_fromSlug_key: "redirects from former slugs",
  Session_sessionToken_key: "the signed-in reader",
};

const SCALE = 300;

let cases: ReturnType<typeof publicQueryCases> = [];

beforeAll(async () => {
  // The scale seed builds on the demo newsroom's sections and images; rows stand in for both.
  for (const [position, slug] of ["ai-models", "policy", "hardware"].entries()) {
    await db.section.create({ data: { slug, name: slug, position } });
  }
  for (const key of ["hero-a", "hero-b", "portrait-a"]) {
    await db.media.create({ data: { key, mimeType: "image/webp", width: 1600, height: 900, bytes: 1000, alt: key } });
  }
  seedScale(sqliteFilePath(process.env.DATABASE_URL ?? ""), SCALE, () => {});

  // What the seed does not make: a signed-in reader, and a former slug of each kind.
  const article = await db.article.findFirstOrThrow({ select: { id: true, sectionId: true } });
  const tag = await db.tag.findFirstOrThrow({ select: { id: true } });
  const author = await db.author.findFirstOrThrow({ select: { id: true } });
  const reader = await db.user.findFirstOrThrow({ select: { id: true } });
  await db.session.create({ data: { sessionToken: "plan-session", userId: reader.id, expires: new Date(Date.now() + 3_600_000) } });
  await db.slugRedirect.createMany({
    data: [
      { kind: "ARTICLE", fromSlug: "old-article", targetId: article.id },
      { kind: "AUTHOR", fromSlug: "old-author", targetId: author.id },
      { kind: "SECTION", fromSlug: "old-section", targetId: article.sectionId ?? "" },
      { kind: "TAG", fromSlug: "old-tag", targetId: tag.id },
    ],
  });
  // A chunk size that turns this small sitemap into an index of several chunks.
  cases = publicQueryCases(await findFixture("plan-session", 100));
}, 120_000);

/** The plan lines that walk a whole table or index: `SCAN <table or its alias>`, for a real table. */
const usedIndexes = new Set<string>();

async function fullScans(name: string, run: () => Promise<unknown>): Promise<{ statements: number; scans: string[] }> {
  capture.take();
  await run();
  const statements = capture.take();
  const scans: string[] = [];
  for (const statement of statements) {
    const plan = await capture.explain(statement);
    if (process.env.PRINT_PLANS) console.log(`${name}\n  ${statement.sql}\n${plan.map((s) => `    ${s.detail}`).join("\n")}`);
    for (const step of plan) {
      for (const used of step.detail.matchAll(/USING (?:COVERING )?INDEX (\S+)/g)) usedIndexes.add(used[1] ?? "");
      const match = /^SCAN (\S+)(.*)$/.exec(step.detail);
      if (!match) continue;
      const [, qualified = "", rest = ""] = match;
      const name = qualified.replace(/^main\./, "");
      const table = aliasesOf(statement.sql).get(name) ?? name;
      // The full-text index answering a MATCH (its plan string holds an M) reads its matches only.
      if (/VIRTUAL TABLE INDEX \d+:\S*M/.test(rest)) continue;
      // The index's vocabulary (fts5vocab) given a term range (=, >= or <= bits 0x100–0x400 of its plan number) reads that range.
      const vocabulary = /VIRTUAL TABLE INDEX (\d+):/.exec(rest);
      if (table === "ArticleSearchVocabulary" && vocabulary && (Number(vocabulary[1]) & 0x700) !== 0) continue;
      if (!(await isTable(table)) || table in WHOLE_TABLE_READS) continue;
      scans.push(`${name}: ${step.detail}\n    in ${statement.sql}`);
    }
  }
  return { statements: statements.length, scans };
}

/** Table aliases in a statement (`"Article" a`, `` `main`.`Article` AS `j1` ``): plans name the alias. */
function aliasesOf(sql: string): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const m of sql.matchAll(/[`"](\w+)[`"]\s+(?:AS\s+)?[`"]?(\w+)[`"]?/gi)) aliases.set(m[2] ?? "", m[1] ?? "");
  return aliases;
}

const tables = new Map<string, boolean>();
async function isTable(name: string): Promise<boolean> {
  if (!tables.has(name)) {
    const rows = await db.$queryRaw<{ n: bigint | number }[]>`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ${name}`;
    tables.set(name, Number(rows[0]?.n ?? 0) > 0);
  }
  return tables.get(name) ?? false;
}

describe("public query plans on the scale seed", () => {
  it("cover every public query function", () => {
    expect(cases.length).toBeGreaterThan(30);
  });

  it("read no table whole", async () => {
    const failures: string[] = [];
    for (const [name, run] of cases) {
      const { statements, scans } = await fullScans(name, run);
      if (statements === 0) failures.push(`${name}: sent nothing — is the client still captured?`);
      failures.push(...scans);
    }
    expect(failures).toEqual([]);
  });

  it("use every index they depend on", () => {
    const missing = Object.entries(REQUIRED_INDEXES).filter(([index]) => !usedIndexes.has(index));
    expect(missing.map(([index, why]) => `${index} (${why})`)).toEqual([]);
  });
});
