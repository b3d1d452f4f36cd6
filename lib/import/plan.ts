/**
 * The import plan: every row an export would create, update or leave, with the reason, decided
 * from the export and what the database holds, before anything is written. `--dry-run` prints
 * it; the apply step (mutations.ts) writes exactly it. Pure.
 */
import type { SourceComment, SourceSite } from "@/lib/import/model";
import { newRowId } from "@/lib/import/ids";
import { imagePathOf } from "@/lib/import/image-paths";
import { normaliseLegacyPath } from "@/lib/redirects/legacy-paths";
import { planAuthors, planCommenter, type AuthorStep, type CommenterStep } from "@/lib/import/plan-people";
import { planPosts, type PostStep } from "@/lib/import/plan-posts";
import { planTerms, type TermStep } from "@/lib/import/plan-terms";
import { recordKey, type ExistingState, type RecordKind } from "@/lib/import/state";

export interface CommentStep {
  source: SourceComment;
  post: PostStep;
  action: "create" | "unchanged" | "skip";
  reason: string;
  targetId: string | null;
  /** The top-level comment of its thread (replies are one level deep in Masthead). */
  rootId: string | null;
  commenter: CommenterStep | null;
}

export interface ImageStep {
  path: string;
  alt: string;
  caption: string;
  /** The first thing that shows it, for messages ("the hero image of post 4 …"). */
  usedBy: string;
  action: "create" | "reuse";
  targetId: string;
}

export interface LegacyStep {
  path: string;
  kind: "ARTICLE" | "AUTHOR" | "SECTION" | "TAG";
  targetId: string;
  action: "create" | "unchanged";
}

export interface ImportPlan {
  site: SourceSite;
  authors: AuthorStep[];
  sections: TermStep[];
  tags: TermStep[];
  posts: PostStep[];
  comments: CommentStep[];
  commenters: CommenterStep[];
  images: ImageStep[];
  legacyPaths: LegacyStep[];
  /** Old addresses left out because another row already has them. */
  legacyConflicts: number;
  /** Records of an earlier run whose row has since been deleted here: the row is made again. */
  staleRecords: { kind: RecordKind; sourceId: string }[];
}

const IMG_SRC = /<img\b[^>]*?\bsrc\s*=\s*["']([^"']+)["']/gi;

/** Every uploads path a body shows, in order. */
export function bodyImagePaths(html: string, site: Pick<SourceSite, "images">): string[] {
  const originals = new Set(site.images.originals);
  return [...html.matchAll(IMG_SRC)].map((m) => imagePathOf(site.images, m[1]!.replace(/&amp;/g, "&"), originals)).filter((p): p is string => p !== null);
}

function planImages(site: SourceSite, posts: PostStep[], authors: AuthorStep[], state: ExistingState, newId: () => string): ImageStep[] {
  const steps = new Map<string, ImageStep>();
  const want = (path: string, alt: string, caption: string, usedBy: string) => {
    if (steps.has(path)) return;
    const earlier = state.records.get(recordKey("MEDIA", path));
    steps.set(path, { path, alt, caption, usedBy, action: earlier ? "reuse" : "create", targetId: earlier?.targetId ?? newId() });
  };
  for (const step of posts) {
    if (step.action !== "create" && step.action !== "update") continue;
    const label = `post ${step.source.sourceId} "${step.source.title}"`;
    if (step.source.hero) want(step.source.hero.path, step.source.hero.alt, step.source.hero.caption, `the feature image of ${label}`);
    for (const path of bodyImagePaths(step.source.html, site)) want(path, "", "", `an image in ${label}`);
  }
  for (const a of authors) if (a.source.photo && (a.action === "create" || a.action === "update")) want(a.source.photo.path, a.source.name, "", `the photo of ${a.source.name}`);
  return [...steps.values()];
}

function planComments(posts: PostStep[], state: ExistingState, newId: () => string): { comments: CommentStep[]; commenters: CommenterStep[] } {
  const comments: CommentStep[] = [];
  const commenters = new Map<string, CommenterStep>();
  for (const post of posts) {
    const byId = new Map(post.source.comments.map((c) => [c.sourceId, c]));
    const planned = new Map<string, CommentStep>();
    const rootOf = (c: SourceComment): SourceComment | null => {
      let root: SourceComment | null = null;
      for (let at = c.parentSourceId ? byId.get(c.parentSourceId) : undefined, n = 0; at && n < 1000; at = at.parentSourceId ? byId.get(at.parentSourceId) : undefined, n++) {
        if (at.approved) root = at;
      }
      return root;
    };
    // Parents first, so a reply always finds its thread's row.
    const ordered = [...post.source.comments].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    for (const source of ordered) {
      const base = { source, post, rootId: null, commenter: null, targetId: null };
      const earlier = state.records.get(recordKey("COMMENT", source.sourceId));
      if (!source.approved) comments.push({ ...base, action: "skip", reason: source.skipReason });
      else if (!post.targetId || post.action === "skip") comments.push({ ...base, action: "skip", reason: "its post is not imported" });
      else if (!source.body.trim()) comments.push({ ...base, action: "skip", reason: "empty" });
      else if (earlier) {
        const step: CommentStep = { ...base, action: "unchanged", reason: "imported before", targetId: earlier.targetId };
        planned.set(source.sourceId, step);
        comments.push(step);
      } else {
        const root = rootOf(source);
        const rootId = root ? (planned.get(root.sourceId)?.targetId ?? null) : null;
        const step: CommentStep = { ...base, action: "create", reason: "", targetId: newId(), rootId, commenter: planCommenter(source, state, commenters, newId) };
        planned.set(source.sourceId, step);
        comments.push(step);
      }
    }
  }
  return { comments, commenters: [...commenters.values()] };
}

function planLegacyPaths(site: SourceSite, plan: Omit<ImportPlan, "legacyPaths" | "legacyConflicts" | "site" | "staleRecords">, state: ExistingState): { steps: LegacyStep[]; conflicts: number } {
  const wanted = new Map<string, Omit<LegacyStep, "action">>();
  let conflicts = 0;
  const add = (raw: string, kind: LegacyStep["kind"], targetId: string) => {
    const path = normaliseLegacyPath(raw);
    if (!path || path === "/") return;
    // The first claim keeps an address: an earlier import's, then the first in this export.
    const claimed = wanted.get(path) ?? state.legacyPaths.get(path);
    if (claimed && claimed.targetId !== targetId) {
      conflicts += 1;
      return;
    }
    wanted.set(path, { path, kind, targetId });
  };
  for (const post of plan.posts) if (post.targetId && post.action !== "skip") for (const p of post.source.oldPaths) add(p, "ARTICLE", post.targetId);
  for (const t of plan.sections) add(t.source.oldPath, "SECTION", t.targetId);
  for (const t of plan.tags) add(t.source.oldPath, "TAG", t.targetId);
  for (const a of plan.authors) add(`/author/${a.source.slug}`, "AUTHOR", a.targetId);
  for (const r of site.redirects) {
    const target = wanted.get(r.to);
    if (target) add(r.from, target.kind, target.targetId);
  }
  const steps = [...wanted.values()].map((w): LegacyStep => {
    const existing = state.legacyPaths.get(w.path);
    return { ...w, action: existing ? "unchanged" : "create" };
  });
  return { steps, conflicts };
}

export function planImport(site: SourceSite, state: ExistingState, newId: () => string = newRowId): ImportPlan {
  // Only people with a byline on an imported post get (or match) a profile.
  const bylines = new Set(site.posts.filter((p) => p.status).flatMap((p) => p.authorSourceIds));
  const authors = planAuthors(site.authors.filter((a) => bylines.has(a.sourceId)), state, newId);
  const sections = planTerms("SECTION", site.sections, state, newId);
  const tags = planTerms("TAG", site.tags, state, newId);
  const posts = planPosts(site.posts, state, { sections, tags, authors }, newId);
  const { comments, commenters } = planComments(posts, state, newId);
  const images = planImages(site, posts, authors, state, newId);
  const partial = { authors, sections, tags, posts, comments, commenters, images };
  const { steps, conflicts } = planLegacyPaths(site, partial, state);
  const fresh: [RecordKind, string][] = [
    ...authors.filter((a) => a.action === "create" || a.action === "match").map((a): [RecordKind, string] => ["AUTHOR", a.source.sourceId]),
    ...[...sections, ...tags].filter((t) => t.action === "create" || t.action === "match").map((t): [RecordKind, string] => [t.kind, t.source.sourceId]),
    ...posts.filter((p) => p.action === "create").map((p): [RecordKind, string] => ["POST", p.source.sourceId]),
  ];
  const staleRecords = fresh.filter(([kind, id]) => state.records.has(recordKey(kind, id))).map(([kind, sourceId]) => ({ kind, sourceId }));
  return { site, ...partial, legacyPaths: steps, legacyConflicts: conflicts, staleRecords };
}

