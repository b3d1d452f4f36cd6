/**
 * Posts: what each becomes (a new article, an update of the one an earlier import made, or
 * nothing, with the reason), under which slug, in which section, with which tags and bylines.
 * Pure.
 */
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import type { SourcePost } from "@/lib/import/model";
import { digestOf, type AuthorStep } from "@/lib/import/plan-people";
import type { TermStep } from "@/lib/import/plan-terms";
import { recordKey, type ExistingState } from "@/lib/import/state";
import { slugify, uniqueSlug } from "@/lib/text/slug";

export interface PostStep {
  source: SourcePost;
  action: "create" | "update" | "unchanged" | "skip";
  /** Why it is skipped, left alone, or imported other than as it was (e.g. a draft, being members-only). */
  reason: string;
  targetId: string | null;
  slug: string;
  /** The article's slug before this import, when the update changes it. */
  previousSlug: string | null;
  status: ArticleStatus | null;
  digest: string;
  sectionId: string | null;
  tagIds: string[];
  authorIds: string[];
}

const RESTRICTION_REASON = {
  password: "password-protected in WordPress: imported as a draft, never made public",
  members: "for members only in Ghost: imported as a draft, never made public",
} as const;

/** A slug made from a headline as WordPress and Ghost make one: apostrophes dropped, not dashed ("AI Act's" → "ai-acts"). */
export function titleSlug(title: string): string {
  return slugify(title.replace(/['’‘`]/g, "")) || "story";
}

export function planPosts(posts: readonly SourcePost[], state: ExistingState, terms: { sections: TermStep[]; tags: TermStep[]; authors: AuthorStep[] }, newId: () => string): PostStep[] {
  const taken = new Set(state.takenSlugs.ARTICLE);
  const sectionOf = new Map(terms.sections.map((t) => [t.source.sourceId, t.targetId]));
  const tagOf = new Map(terms.tags.map((t) => [t.source.sourceId, t.targetId]));
  const authorOf = new Map(terms.authors.map((a) => [a.source.sourceId, a.targetId]));
  const steps: PostStep[] = [];
  for (const source of posts) {
    const base = { source, previousSlug: null, sectionId: null, tagIds: [], authorIds: [], digest: "", status: source.status };
    if (!source.status) {
      steps.push({ ...base, action: "skip", reason: source.skipReason, targetId: null, slug: source.slug });
      continue;
    }
    const sectionId = source.sectionSourceId ? (sectionOf.get(source.sectionSourceId) ?? null) : null;
    const tagIds = [...new Set(source.tagSourceIds.map((id) => tagOf.get(id)).filter((id): id is string => id !== undefined))];
    const authorIds = [...new Set(source.authorSourceIds.map((id) => authorOf.get(id)).filter((id): id is string => id !== undefined))];
    const { comments: _comments, ...fields } = source;
    const digest = digestOf({ ...fields, sectionId, tagIds, authorIds });
    const restricted = source.restriction ? RESTRICTION_REASON[source.restriction] : "";
    const wanted = slugify(source.slug) || titleSlug(source.title);
    const earlier = state.records.get(recordKey("POST", source.sourceId));
    const article = earlier ? state.articles.get(earlier.targetId) : undefined;
    const planned = { ...base, sectionId, tagIds, authorIds, digest };
    if (earlier && article) {
      if (earlier.digest === digest) {
        steps.push({ ...planned, action: "unchanged", reason: restricted || "unchanged since the last import", targetId: earlier.targetId, slug: article.slug });
      } else if (article.version !== earlier.version) {
        steps.push({ ...planned, action: "unchanged", reason: "edited in Masthead since the last import: left as it is", targetId: earlier.targetId, slug: article.slug });
      } else {
        taken.delete(article.slug);
        const slug = wanted === article.slug || !taken.has(wanted) ? wanted : article.slug;
        taken.add(slug);
        steps.push({ ...planned, action: "update", reason: restricted || "changed in the source since the last import", targetId: earlier.targetId, slug, previousSlug: slug === article.slug ? null : article.slug });
      }
      continue;
    }
    const slug = uniqueSlug(wanted, (s) => taken.has(s));
    taken.add(slug);
    const renamed = slug !== wanted ? `the address /${wanted} was taken: imported as ${slug}` : "";
    steps.push({ ...planned, action: "create", reason: [restricted, renamed].filter(Boolean).join("; "), targetId: newId(), slug });
  }
  return steps;
}
