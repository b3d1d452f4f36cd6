/**
 * Sections and tags: the plan's steps for an export's categories and tags. Pure.
 *
 * A term is the row an earlier import of this site made, else the row of that kind with the
 * same slug, else with the same name (case and diacritics ignored), else a new row.
 */
import type { SourceTerm } from "@/lib/import/model";
import { nameKey } from "@/lib/import/names";
import { digestOf, type MatchedBy } from "@/lib/import/plan-people";
import { recordKey, type ExistingState } from "@/lib/import/state";
import { slugify, uniqueSlug } from "@/lib/text/slug";

export interface TermStep {
  kind: "SECTION" | "TAG";
  source: SourceTerm;
  action: "create" | "match" | "update" | "unchanged";
  targetId: string;
  slug: string;
  matchedBy: MatchedBy;
  digest: string;
  /** For new sections: their place in the navigation, after the existing ones. */
  position: number;
}

export function planTerms(kind: "SECTION" | "TAG", sources: readonly SourceTerm[], state: ExistingState, newId: () => string): TermStep[] {
  const rows = kind === "SECTION" ? state.sections : state.tags;
  const taken = new Set(state.takenSlugs[kind]);
  const steps: TermStep[] = [];
  let position = state.lastSectionPosition;
  for (const source of sources) {
    const digest = digestOf({ name: source.name, description: source.description, slug: source.slug });
    const earlier = state.records.get(recordKey(kind, source.sourceId));
    const current = earlier ? rows.find((r) => r.id === earlier.targetId) : undefined;
    if (earlier && current) {
      steps.push({ kind, source, action: earlier.digest === digest ? "unchanged" : "update", targetId: current.id, slug: current.slug, matchedBy: "earlier import", digest, position: 0 });
      continue;
    }
    const candidates = [...rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name })), ...steps.map((s) => ({ id: s.targetId, slug: s.slug, name: s.source.name }))];
    const bySlug = candidates.find((c) => c.slug === source.slug);
    const match = bySlug ?? candidates.find((c) => nameKey(c.name) === nameKey(source.name));
    if (match) {
      steps.push({ kind, source, action: "match", targetId: match.id, slug: match.slug, matchedBy: bySlug ? "slug" : "name", digest, position: 0 });
      continue;
    }
    const slug = uniqueSlug(slugify(source.slug) || slugify(source.name) || kind.toLowerCase(), (s) => taken.has(s));
    taken.add(slug);
    steps.push({ kind, source, action: "create", targetId: newId(), slug, matchedBy: null, digest, position: kind === "SECTION" ? ++position : 0 });
  }
  return steps;
}
