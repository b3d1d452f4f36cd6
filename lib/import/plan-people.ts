/**
 * Who is who: the plan's steps for bylines (author profiles) and for commenters (logins). Pure.
 *
 * An author is the profile an earlier import of this site made, else the profile linked to a
 * login with the same email, else the profile with the same name (case, diacritics and
 * spacing ignored), else a new profile. Never two profiles for one person.
 */
import { createHash } from "node:crypto";
import type { SourceAuthor, SourceComment } from "@/lib/import/model";
import { emailKey, nameKey } from "@/lib/import/names";
import { recordKey, type ExistingState } from "@/lib/import/state";
import { slugify, uniqueSlug } from "@/lib/text/slug";

export type MatchedBy = "earlier import" | "email" | "name" | "slug" | null;

export interface AuthorStep {
  source: SourceAuthor;
  /** create: a new profile; match: an existing profile, left as it is; update/unchanged: one an earlier import made. */
  action: "create" | "match" | "update" | "unchanged";
  targetId: string;
  slug: string;
  matchedBy: MatchedBy;
  /** The name of the profile it matched. */
  matchedName: string | null;
  digest: string;
}

export interface CommenterStep {
  key: string;
  email: string | null;
  name: string;
  action: "create" | "existing";
  targetId: string;
}

export function digestOf(value: unknown): string {
  return createHash("sha256")
    .update(JSON.stringify(value, (_k, v: unknown) => (v instanceof Date ? v.toISOString() : v)))
    .digest("base64url")
    .slice(0, 22);
}

export function planAuthors(sources: readonly SourceAuthor[], state: ExistingState, newId: () => string): AuthorStep[] {
  const byEmail = new Map(state.authors.filter((a) => a.email).map((a) => [emailKey(a.email!), a]));
  const byName = new Map(state.authors.map((a) => [nameKey(a.name), a]));
  const taken = new Set(state.takenSlugs.AUTHOR);
  const steps: AuthorStep[] = [];
  for (const source of sources) {
    const digest = digestOf(source);
    const earlier = state.records.get(recordKey("AUTHOR", source.sourceId));
    const current = earlier ? state.authors.find((a) => a.id === earlier.targetId) : undefined;
    if (earlier && current) {
      steps.push({ source, action: earlier.digest === digest ? "unchanged" : "update", targetId: current.id, slug: current.slug, matchedBy: "earlier import", matchedName: current.name, digest });
      continue;
    }
    const planned = steps.find((s) => (source.email && emailKey(s.source.email) === emailKey(source.email)) || nameKey(s.source.name) === nameKey(source.name));
    const byMail = source.email ? byEmail.get(emailKey(source.email)) : undefined;
    const match = byMail ?? byName.get(nameKey(source.name));
    if (match) {
      steps.push({ source, action: "match", targetId: match.id, slug: match.slug, matchedBy: byMail ? "email" : "name", matchedName: match.name, digest });
    } else if (planned) {
      steps.push({ source, action: "match", targetId: planned.targetId, slug: planned.slug, matchedBy: planned.source.email && emailKey(planned.source.email) === emailKey(source.email) ? "email" : "name", matchedName: planned.source.name, digest });
    } else {
      const slug = uniqueSlug(slugify(source.name) || slugify(source.slug) || "author", (s) => taken.has(s));
      taken.add(slug);
      steps.push({ source, action: "create", targetId: newId(), slug, matchedBy: null, matchedName: null, digest });
    }
  }
  return steps;
}

/** The login a comment is written under: by email when there is one, else one per name. */
export function commenterKey(comment: SourceComment): string {
  return comment.authorEmail.trim() ? `email:${emailKey(comment.authorEmail)}` : `name:${nameKey(comment.authorName) || "anonymous"}`;
}

export function planCommenter(comment: SourceComment, state: ExistingState, planned: Map<string, CommenterStep>, newId: () => string): CommenterStep {
  const key = commenterKey(comment);
  const known = planned.get(key);
  if (known) return known;
  const email = comment.authorEmail.trim() ? emailKey(comment.authorEmail) : null;
  const existing = email ? state.usersByEmail.get(email) : undefined;
  const step: CommenterStep = existing
    ? { key, email, name: comment.authorName, action: "existing", targetId: existing }
    : { key, email, name: comment.authorName.trim().slice(0, 50) || "Reader", action: "create", targetId: newId() };
  planned.set(key, step);
  return step;
}
