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
vi.mock("@/lib/db", () => ({ db: capture.db }));

const { db } = await import("@/lib/db");
const { sqliteFilePath } = await import("@/lib/db-adapter");
const { seedScale } = await import("@/prisma/seed/scale/seed-scale");
const { findFixture, publicQueryCases } = await import("@/scripts/lib/public-queries");

/**
 * Tables a public query may read whole, and why. Nothing else may appear as `SCAN <table>`
 * without an index.
 */
const WHOLE_TABLE_READS: Record<string, string> = {
  // The newsroom's handful of sections: listSections returns all of them, for the header.
  Section: "a handful of rows, all of them wanted",
  // One row per applied migration: /api/health reports the newest.
  _prisma_migrations: "one row per migration",
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

/** The plan lines that read a table whole: `SCAN <table>` without an index, for a real table. */
async function fullScans(name: string, run: () => Promise<unknown>): Promise<{ statements: number; scans: string[] }> {
  capture.take();
  await run();
  const statements = capture.take();
  const scans: string[] = [];
  for (const statement of statements) {
    const plan = await capture.explain(statement);
    if (process.env.PRINT_PLANS) console.log(`${name}\n  ${statement.sql}\n${plan.map((s) => `    ${s.detail}`).join("\n")}`);
    for (const step of plan) {
      const match = /^SCAN (\S+)(.*)$/.exec(step.detail);
      if (!match) continue;
      const [, table = "", rest = ""] = match;
      // An index, or the full-text index answering a MATCH (its plan string holds an M).
      if (/USING (COVERING )?INDEX|VIRTUAL TABLE INDEX \d+:\S*M/.test(rest)) continue;
      if (!(await isTable(table)) || table in WHOLE_TABLE_READS) continue;
      scans.push(`${name}: ${step.detail}\n    in ${statement.sql}`);
    }
  }
  return { statements: statements.length, scans };
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
});
