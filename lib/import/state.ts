/**
 * What the database already holds that an import plan depends on, as plain data (queries.ts
 * reads it; plan.ts decides with it). Pure types and keys.
 */

export type RecordKind = "POST" | "AUTHOR" | "SECTION" | "TAG" | "MEDIA" | "COMMENT";

export interface ImportedRow {
  targetId: string;
  digest: string;
  version: number;
}

export interface ExistingState {
  /** This site's earlier imports, by `recordKey(kind, sourceId)`. */
  records: Map<string, ImportedRow>;
  authors: { id: string; name: string; slug: string; email: string | null }[];
  sections: { id: string; name: string; slug: string }[];
  tags: { id: string; name: string; slug: string }[];
  /** Slugs in use or once used (redirecting) by each kind. */
  takenSlugs: { ARTICLE: Set<string>; AUTHOR: Set<string>; SECTION: Set<string>; TAG: Set<string> };
  /** Current slug and version of every article this site's imports made. */
  articles: Map<string, { slug: string; version: number }>;
  /** Logins by email (lowercase). */
  usersByEmail: Map<string, string>;
  /** Old addresses already recorded. */
  legacyPaths: Map<string, { kind: string; targetId: string }>;
  /** The highest section position: new sections go after it. */
  lastSectionPosition: number;
}

export const recordKey = (kind: RecordKind, sourceId: string) => `${kind}:${sourceId}`;
