import { describe, expect, it } from "vitest";
import { buildReport, formatReport } from "./report";
import { planImport } from "./plan";
import type { SourceSite } from "./model";

const site: SourceSite = {
  system: "ghost",
  site: "uuid-1",
  title: "Harbour",
  origins: ["__GHOST_URL__"],
  images: { bases: [], originals: [], sizeFolders: false },
  authors: [{ sourceId: "1", slug: "ona", name: "Ona", email: "ona@example.com", bio: "", links: [], photo: null }],
  sections: [],
  tags: [],
  posts: [
    { sourceId: "p1", type: "post", title: "Members story", slug: "m", status: "DRAFT", sourceStatus: "published, members only", skipReason: "", restriction: "members", excerpt: "", html: "", publishedAt: null, modifiedAt: null, featured: true, hero: { path: "x.jpg", alt: "", caption: "" }, sectionSourceId: null, tagSourceIds: [], authorSourceIds: ["1"], commentsOpen: true, comments: [], oldPaths: ["/m"] },
    { sourceId: "p2", type: "page", title: "About", slug: "about", status: null, sourceStatus: "published", skipReason: "a page: Masthead has no route for pages", restriction: null, excerpt: "", html: "", publishedAt: null, modifiedAt: null, featured: false, hero: null, sectionSourceId: null, tagSourceIds: [], authorSourceIds: [], commentsOpen: true, comments: [], oldPaths: [] },
  ],
  redirects: [],
  notes: { "Ghost signup card left out": 2 },
};

describe("the import report", () => {
  const plan = planImport(site, { records: new Map(), authors: [], sections: [], tags: [], takenSlugs: { ARTICLE: new Set(), AUTHOR: new Set(), SECTION: new Set(), TAG: new Set() }, articles: new Map(), usersByEmail: new Map(), legacyPaths: new Map(), lastSectionPosition: 0 }, () => "x");
  const report = buildReport(plan, { dryRun: true, imagesWithoutSource: 1 });

  it("counts what happened to each kind and says why things were left out", () => {
    expect(report.counts.posts).toEqual({ created: 1, updated: 0, unchanged: 0, skipped: 1 });
    expect(report.counts.images).toEqual({ created: 0, updated: 0, unchanged: 0, skipped: 1 });
    expect(report.notes.map((n) => `${n.count} ${n.what}`)).toEqual([
      "2 Ghost signup card left out",
      "1 members-only posts imported as drafts",
      "1 sticky or featured posts (kept in the import record; Masthead's front page leads with the newest story)",
      "1 posts left out: a page: Masthead has no route for pages",
      "1 images not imported: no media source given (--media); bodies link to their old address",
    ]);
  });

  it("prints a summary table, the author matches and every post", () => {
    const text = formatReport(report);
    expect(text).toMatch(/^Dry run — nothing was written\. Ghost site "Harbour" \(uuid-1\)/);
    expect(text).toMatch(/^posts +1 +0 +0 +1$/m);
    expect(text).toContain("  Ona <ona@example.com>: new profile /authors/ona");
    expect(text).toMatch(/^ {2}p1 +create +DRAFT +\/articles\/m +Members story +for members only in Ghost/m);
    expect(text).toContain("  1 × members-only posts imported as drafts");
  });
});
