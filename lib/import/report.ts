/**
 * What an import did (or, in a dry run, would do): counts per kind, every post with what
 * happened to it and why, each author match, and what was left out. The CLI prints it as a
 * table or JSON; the admin page shows the same object. Pure.
 */
import type { ImportPlan } from "@/lib/import/plan";
import type { SourceSystem } from "@/lib/import/model";

export interface Tally {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

export interface ImportReport {
  system: SourceSystem;
  site: string;
  title: string;
  dryRun: boolean;
  counts: {
    posts: Tally;
    authors: Tally & { matched: number };
    sections: Tally & { matched: number };
    tags: Tally & { matched: number };
    images: Tally;
    comments: Tally;
    commenters: { created: number; existing: number };
    oldAddresses: Tally;
  };
  posts: { sourceId: string; title: string; sourceStatus: string; action: string; status: string | null; slug: string; reason: string }[];
  authors: { name: string; email: string; action: string; matchedBy: string | null; matchedName: string | null; slug: string }[];
  comments: { sourceId: string; post: string; action: string; reason: string }[];
  /** Left out or changed, by reason, with a count (unknown shortcodes, pages, members-only posts…). */
  notes: { what: string; count: number }[];
  /** Set when the images had no source (`--media`): they stay out, and bodies link to where they were. */
  imagesWithoutSource: number;
}

const tally = (actions: readonly string[]): Tally => ({
  created: actions.filter((a) => a === "create").length,
  updated: actions.filter((a) => a === "update").length,
  unchanged: actions.filter((a) => a === "unchanged" || a === "reuse").length,
  skipped: actions.filter((a) => a === "skip").length,
});

const withMatches = (actions: readonly string[]) => ({ ...tally(actions), matched: actions.filter((a) => a === "match").length });

export function buildReport(plan: ImportPlan, options: { dryRun: boolean; imagesWithoutSource: number }): ImportReport {
  const notes = new Map<string, number>(Object.entries(plan.site.notes));
  const note = (what: string, n = 1) => notes.set(what, (notes.get(what) ?? 0) + n);
  for (const p of plan.posts) {
    if (p.action === "skip") note(`posts left out: ${p.source.skipReason}`);
    else if (p.source.restriction && p.action === "create") note(p.source.restriction === "password" ? "password-protected posts imported as drafts" : "members-only posts imported as drafts");
    if (p.source.featured && p.action !== "skip") note("sticky or featured posts (kept in the import record; Masthead's front page leads with the newest story)");
  }
  for (const c of plan.comments) if (c.action === "skip") note(`comments left out: ${c.reason}`);
  if (plan.legacyConflicts) note("old addresses already leading elsewhere, left as they were", plan.legacyConflicts);
  if (options.imagesWithoutSource) note("images not imported: no media source given (--media); bodies link to their old address", options.imagesWithoutSource);
  return {
    system: plan.site.system,
    site: plan.site.site,
    title: plan.site.title,
    dryRun: options.dryRun,
    counts: {
      posts: tally(plan.posts.map((p) => p.action)),
      authors: withMatches(plan.authors.map((a) => a.action)),
      sections: withMatches(plan.sections.map((t) => t.action)),
      tags: withMatches(plan.tags.map((t) => t.action)),
      images: { ...tally(plan.images.map((i) => i.action)), created: plan.images.filter((i) => i.action === "create").length - options.imagesWithoutSource, skipped: options.imagesWithoutSource },
      comments: tally(plan.comments.map((c) => c.action)),
      commenters: { created: plan.commenters.filter((c) => c.action === "create").length, existing: plan.commenters.filter((c) => c.action === "existing").length },
      oldAddresses: { ...tally(plan.legacyPaths.map((l) => l.action)), skipped: plan.legacyConflicts },
    },
    posts: plan.posts.map((p) => ({ sourceId: p.source.sourceId, title: p.source.title, sourceStatus: p.source.sourceStatus, action: p.action, status: p.status, slug: p.slug, reason: p.reason })),
    authors: plan.authors.map((a) => ({ name: a.source.name, email: a.source.email, action: a.action, matchedBy: a.matchedBy, matchedName: a.matchedName, slug: a.slug })),
    comments: plan.comments.map((c) => ({ sourceId: c.source.sourceId, post: c.post.source.title, action: c.action, reason: c.reason })),
    notes: [...notes].map(([what, count]) => ({ what, count })),
    imagesWithoutSource: options.imagesWithoutSource,
  };
}

const VERB = { create: "create", update: "update", unchanged: "unchanged", skip: "skip", match: "match" } as const;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? "")].length)));
  return rows.map((r) => r.map((cell, i) => cell + " ".repeat(widths[i]! - [...cell].length)).join("  ").trimEnd()).join("\n");
}

/** The report as the command line prints it. */
export function formatReport(report: ImportReport): string {
  const c = report.counts;
  const will = report.dryRun ? "would be" : "";
  const lines: string[] = [];
  lines.push(`${report.dryRun ? "Dry run — nothing was written. " : ""}${report.system === "wordpress" ? "WordPress" : "Ghost"} site ${report.title ? `"${report.title}" ` : ""}(${report.site})`, "");
  lines.push(
    table([
      ["", "created", "updated", "unchanged", "matched", "skipped"],
      ["posts", `${c.posts.created}`, `${c.posts.updated}`, `${c.posts.unchanged}`, "", `${c.posts.skipped}`],
      ["authors", `${c.authors.created}`, `${c.authors.updated}`, `${c.authors.unchanged}`, `${c.authors.matched}`, ""],
      ["sections", `${c.sections.created}`, `${c.sections.updated}`, `${c.sections.unchanged}`, `${c.sections.matched}`, ""],
      ["tags", `${c.tags.created}`, `${c.tags.updated}`, `${c.tags.unchanged}`, `${c.tags.matched}`, ""],
      ["images", `${c.images.created}`, "", `${c.images.unchanged}`, "", `${c.images.skipped}`],
      ["comments", `${c.comments.created}`, "", `${c.comments.unchanged}`, "", `${c.comments.skipped}`],
      ["commenters", `${c.commenters.created}`, "", `${c.commenters.existing}`, "", ""],
      ["old addresses", `${c.oldAddresses.created}`, "", `${c.oldAddresses.unchanged}`, "", `${c.oldAddresses.skipped}`],
    ]),
  );
  if (will) lines.push("", "(counts are what a real run would write)");
  lines.push("", "Authors:");
  for (const a of report.authors) {
    const how = a.action === "create" ? `new profile /authors/${a.slug}` : a.matchedBy === "earlier import" ? `the profile an earlier import made (/authors/${a.slug})` : `matched ${a.matchedName} by ${a.matchedBy} (/authors/${a.slug})`;
    lines.push(`  ${a.name}${a.email ? ` <${a.email}>` : ""}: ${how}`);
  }
  lines.push("", "Posts:");
  lines.push(
    table([
      ["id", "action", "status", "address", "title", "why"],
      ...report.posts.map((p) => [p.sourceId, VERB[p.action as keyof typeof VERB] ?? p.action, p.status ?? p.sourceStatus, p.action === "skip" ? "" : `/articles/${p.slug}`, p.title.length > 48 ? `${p.title.slice(0, 47)}…` : p.title, p.reason]),
    ]).replace(/^/gm, "  "),
  );
  if (report.notes.length) {
    lines.push("", "Left out or changed:");
    for (const n of report.notes) lines.push(`  ${n.count} × ${n.what}`);
  }
  return lines.join("\n");
}
