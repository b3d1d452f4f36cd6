/** What an import plan needs to know about the database (see state.ts). */
import "server-only";
import { db } from "@/lib/db";
import type { SourceSystem } from "@/lib/import/model";
import { emailKey } from "@/lib/import/names";
import { recordKey, type ExistingState, type RecordKind } from "@/lib/import/state";

const CHUNK = 5000;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function loadExistingState(system: SourceSystem, site: string, commenterEmails: readonly string[]): Promise<ExistingState> {
  const [records, authors, sections, tags, articleSlugs, redirects, legacy, lastSection] = await Promise.all([
    db.importRecord.findMany({ where: { system, site }, select: { kind: true, sourceId: true, targetId: true, digest: true, version: true } }),
    db.author.findMany({ select: { id: true, name: true, slug: true, user: { select: { email: true } } } }),
    db.section.findMany({ select: { id: true, name: true, slug: true } }),
    db.tag.findMany({ select: { id: true, name: true, slug: true } }),
    db.article.findMany({ select: { slug: true } }),
    db.slugRedirect.findMany({ select: { kind: true, fromSlug: true } }),
    db.legacyPath.findMany({ select: { path: true, kind: true, targetId: true } }),
    db.section.aggregate({ _max: { position: true } }),
  ]);
  const postIds = records.filter((r) => r.kind === "POST").map((r) => r.targetId);
  const articles = (await Promise.all(chunks(postIds).map((ids) => db.article.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, version: true } })))).flat();
  const emails = [...new Set(commenterEmails.map(emailKey).filter(Boolean))];
  const users = (await Promise.all(chunks(emails).map((list) => db.user.findMany({ where: { email: { in: list } }, select: { id: true, email: true } })))).flat();
  const former = (kind: string) => redirects.filter((r) => r.kind === kind).map((r) => r.fromSlug);
  return {
    records: new Map(records.map((r) => [recordKey(r.kind as RecordKind, r.sourceId), { targetId: r.targetId, digest: r.digest, version: r.version }])),
    authors: authors.map((a) => ({ id: a.id, name: a.name, slug: a.slug, email: a.user?.email ?? null })),
    sections,
    tags,
    takenSlugs: {
      ARTICLE: new Set([...articleSlugs.map((a) => a.slug), ...former("ARTICLE")]),
      AUTHOR: new Set([...authors.map((a) => a.slug), ...former("AUTHOR")]),
      SECTION: new Set([...sections.map((s) => s.slug), ...former("SECTION")]),
      TAG: new Set([...tags.map((t) => t.slug), ...former("TAG")]),
    },
    articles: new Map(articles.map((a) => [a.id, { slug: a.slug, version: a.version }])),
    usersByEmail: new Map(users.filter((u) => u.email).map((u) => [emailKey(u.email!), u.id])),
    legacyPaths: new Map(legacy.map((l) => [l.path, { kind: l.kind, targetId: l.targetId }])),
    lastSectionPosition: lastSection._max.position ?? 0,
  };
}

/** The storage keys of images imported before, by their Media id. */
export async function listMediaKeys(ids: readonly string[]): Promise<Map<string, string>> {
  const rows = (await Promise.all(chunks(ids).map((list) => db.media.findMany({ where: { id: { in: list } }, select: { id: true, key: true } })))).flat();
  return new Map(rows.map((r) => [r.id, r.key]));
}
