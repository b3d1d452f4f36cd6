/**
 * The rule that makes an article public is written once, in lib/articles/published.ts. This
 * reads every source file under lib/ and fails on a query that spells the rule out by hand:
 * PUBLISHED compared in SQL, or a publication time compared with "now" in SQL or in a Prisma
 * filter. Such a query would be one more place to keep in step (and to port to each dialect).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const RULE_MODULE = "lib/articles/published.ts";

const HAND_WRITTEN: { what: string; pattern: RegExp }[] = [
  { what: "the PUBLISHED status as a SQL literal", pattern: /'PUBLISHED'/ },
  { what: "the status compared with PUBLISHED in SQL", pattern: /"status"\s*(?:=|IN\b)[^\n]*PUBLISHED/i },
  { what: "the publication time compared in SQL", pattern: /"publishedAt"\s*(?:<=|>(?!=))/ },
  { what: "the publication time compared in a Prisma filter", pattern: /publishedAt:\s*\{\s*lte\s*:/ },
];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return file === "lib/generated" ? [] : sourceFiles(file);
    return /\.(?:ts|tsx|cjs|mjs|js)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [file] : [];
  });
}

function handWrittenRules(text: string): string[] {
  return text.split("\n").flatMap((line, i) => HAND_WRITTEN.filter(({ pattern }) => pattern.test(line)).map(({ what }) => `${i + 1}: ${what}: ${line.trim()}`));
}

describe("the published rule", () => {
  it("is spelled out nowhere in lib/ but in lib/articles/published.ts", () => {
    const files = sourceFiles("lib");
    // The scan reads the public queries themselves (a wrong root would find nothing to complain about).
    expect(files).toEqual(expect.arrayContaining(["lib/articles/queries.ts", "lib/feeds/queries.ts", "lib/search/queries.ts", RULE_MODULE]));
    const found = files
      .filter((file) => file !== RULE_MODULE)
      .flatMap((file) => handWrittenRules(fs.readFileSync(path.join(ROOT, file), "utf8")).map((hit) => `${file}:${hit}`));
    expect(found, "use publishedSql() / notPublishedSql() / publishedWhere() from lib/articles/published.ts").toEqual([]);
  });

  it("recognises the forms a hand-written copy takes", () => {
    expect(handWrittenRules(`WHERE a."slug" = \${slug} AND a."status" = 'PUBLISHED' AND a."publishedAt" <= \${now}`)).toHaveLength(3);
    expect(handWrittenRules(`FROM "Article" WHERE "status" = \${ArticleStatus.PUBLISHED} AND "publishedAt" <= \${now}`)).toHaveLength(2);
    expect(handWrittenRules(`OR (a."publishedAt" > \${now})`)).toHaveLength(1);
    expect(handWrittenRules(`where: { status: "PUBLISHED", publishedAt: { lte: now } }`)).toHaveLength(1);
    // Ordering by publication time, or a news window's lower bound, is not the rule.
    expect(handWrittenRules(`ORDER BY a."publishedAt" DESC, a."id" DESC`)).toEqual([]);
    expect(handWrittenRules(`{ publishedAt: { gte: newsSitemapSince(now) } }`)).toEqual([]);
  });

  it("is there to be found in the rule's own module", () => {
    expect(handWrittenRules(fs.readFileSync(path.join(ROOT, RULE_MODULE), "utf8")).length).toBeGreaterThan(0);
  });
});
