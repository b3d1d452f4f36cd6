/**
 * Writing an import plan: one transaction for the whole run. Either every row of the export is
 * written, with its import record and old addresses, or — on any error — none is, and the
 * database is exactly as it was (the image files written beforehand are removed by the caller).
 * The search index is rebuilt once for the stories written (lib/search/mutations.ts).
 */
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/mutations";
import type { ConvertedBody } from "@/lib/import/convert";
import type { ImportPlan } from "@/lib/import/plan";
import type { AuthorStep } from "@/lib/import/plan-people";
import type { PostStep } from "@/lib/import/plan-posts";
import type { TermStep } from "@/lib/import/plan-terms";
import type { RecordKind } from "@/lib/import/state";
import { toRevisionColumns } from "@/lib/articles/snapshot";
import { env } from "@/lib/env";
import { renderArticleBody } from "@/lib/markdown/render-article-body";
import type { StoredImageFile } from "@/lib/media/mutations";
import { withSearchIndexDeferred } from "@/lib/search/mutations";

type Tx = Prisma.TransactionClient;

export interface PreparedImport {
  bodies: ReadonlyMap<PostStep, ConvertedBody>;
  /** Image files stored for this run, by uploads path. */
  images: ReadonlyMap<string, StoredImageFile>;
}

/** Rows per bulk insert: well under SQLite's limit on bound variables for the widest table. */
const BATCH = 200;

async function inBatches<T>(rows: readonly T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

const SYSTEM_NAME = { wordpress: "WordPress", ghost: "Ghost" } as const;

function articleFields(step: PostStep, body: ConvertedBody, heroId: string | null) {
  const s = step.source;
  const status = step.status!;
  const publishedAt = status === "PUBLISHED" ? (s.publishedAt ?? s.modifiedAt ?? new Date()) : status === "SCHEDULED" ? s.publishedAt : null;
  return {
    slug: step.slug,
    status,
    title: s.title.trim() || "Untitled",
    standfirst: s.excerpt,
    body: body.markdown,
    bodyHtml: body.html,
    plainText: body.plainText,
    wordCount: body.wordCount,
    readingMinutes: body.readingMinutes,
    heroImageId: heroId,
    heroAlt: heroId ? (s.hero?.alt ?? "") : "",
    heroCaption: heroId ? (s.hero?.caption ?? "") : "",
    sectionId: step.sectionId,
    commentsOpen: s.commentsOpen,
    publishedAt,
    scheduledAt: status === "SCHEDULED" ? s.publishedAt : null,
  };
}

function revisionOf(step: PostStep, fields: ReturnType<typeof articleFields>, system: string) {
  return {
    articleId: step.targetId!,
    state: fields.status === "PUBLISHED" ? ("APPLIED" as const) : ("SAVED" as const),
    note: `Imported from ${system} (${step.source.type} ${step.source.sourceId})`,
    ...toRevisionColumns({ ...fields, heroCredit: "", tagIds: step.tagIds, authorIds: step.authorIds, seoTitle: "", seoDescription: "" }),
  };
}

async function writeAuthors(tx: Tx, steps: AuthorStep[], mediaId: (path: string | undefined) => string | null): Promise<void> {
  const data = (a: AuthorStep) => ({
    name: a.source.name,
    bio: a.source.bio,
    bioHtml: a.source.bio ? renderArticleBody(a.source.bio, { locale: env.SITE_LANGUAGE }).html : "",
    photoId: mediaId(a.source.photo?.path),
  });
  const links = (a: AuthorStep) => a.source.links.map((l, position) => ({ authorId: a.targetId, kind: l.kind, url: l.url, position }));
  const created = steps.filter((a) => a.action === "create");
  await inBatches(created, (batch) => tx.author.createMany({ data: batch.map((a) => ({ id: a.targetId, slug: a.slug, ...data(a) })) }));
  await inBatches(created.flatMap(links), (batch) => tx.authorLink.createMany({ data: batch }));
  // A profile that was here before keeps what it has; the export only fills in what it lacks.
  for (const a of steps.filter((s) => s.action === "match")) {
    const current = await tx.author.findUniqueOrThrow({ where: { id: a.targetId }, select: { bio: true, photoId: true, _count: { select: { links: true } } } });
    const fill = data(a);
    await tx.author.update({
      where: { id: a.targetId },
      data: { ...(current.bio ? {} : { bio: fill.bio, bioHtml: fill.bioHtml }), ...(current.photoId ? {} : { photoId: fill.photoId }) },
    });
    if (current._count.links === 0) await tx.authorLink.createMany({ data: links(a) });
  }
  for (const a of steps.filter((s) => s.action === "update")) {
    await tx.author.update({ where: { id: a.targetId }, data: data(a) });
    await tx.authorLink.deleteMany({ where: { authorId: a.targetId } });
    await tx.authorLink.createMany({ data: links(a) });
  }
}

async function writeTerms(tx: Tx, steps: TermStep[]): Promise<void> {
  const fields = (t: TermStep) => ({ name: t.source.name, description: t.source.description });
  const created = steps.filter((t) => t.action === "create");
  const updated = steps.filter((t) => t.action === "update");
  if (steps[0]?.kind === "SECTION") {
    await inBatches(created, (batch) => tx.section.createMany({ data: batch.map((t) => ({ id: t.targetId, slug: t.slug, position: t.position, ...fields(t) })) }));
    for (const t of updated) await tx.section.update({ where: { id: t.targetId }, data: fields(t) });
  } else {
    await inBatches(created, (batch) => tx.tag.createMany({ data: batch.map((t) => ({ id: t.targetId, slug: t.slug, ...fields(t) })) }));
    for (const t of updated) await tx.tag.update({ where: { id: t.targetId }, data: fields(t) });
  }
}

async function writeArticles(tx: Tx, plan: ImportPlan, prepared: PreparedImport, mediaId: (path: string | undefined) => string | null): Promise<Map<PostStep, number>> {
  const system = SYSTEM_NAME[plan.site.system];
  const versions = new Map<PostStep, number>();
  const created = plan.posts.filter((p) => p.action === "create");
  const rows = created.map((p) => ({ step: p, fields: articleFields(p, prepared.bodies.get(p)!, mediaId(p.source.hero?.path)) }));
  await inBatches(rows, (batch) => tx.article.createMany({ data: batch.map(({ step, fields }) => ({ id: step.targetId!, ...fields, createdAt: step.source.publishedAt ?? step.source.modifiedAt ?? new Date() })) }));
  await inBatches(created.flatMap((p) => p.authorIds.map((authorId, position) => ({ articleId: p.targetId!, authorId, position }))), (batch) => tx.articleAuthor.createMany({ data: batch }));
  await inBatches(created.flatMap((p) => p.tagIds.map((tagId, position) => ({ articleId: p.targetId!, tagId, position }))), (batch) => tx.articleTag.createMany({ data: batch }));
  await inBatches(rows, (batch) => tx.revision.createMany({ data: batch.map(({ step, fields }) => revisionOf(step, fields, system)) }));
  for (const p of created) versions.set(p, 1);

  for (const p of plan.posts.filter((s) => s.action === "update")) {
    const fields = articleFields(p, prepared.bodies.get(p)!, mediaId(p.source.hero?.path));
    if (p.previousSlug) {
      await tx.slugRedirect.deleteMany({ where: { kind: "ARTICLE", fromSlug: p.slug, targetId: p.targetId! } });
      await tx.slugRedirect.upsert({
        where: { kind_fromSlug: { kind: "ARTICLE", fromSlug: p.previousSlug } },
        create: { kind: "ARTICLE", fromSlug: p.previousSlug, targetId: p.targetId! },
        update: { targetId: p.targetId! },
      });
    }
    await tx.articleAuthor.deleteMany({ where: { articleId: p.targetId! } });
    await tx.articleTag.deleteMany({ where: { articleId: p.targetId! } });
    const article = await tx.article.update({
      where: { id: p.targetId! },
      data: {
        ...fields,
        version: { increment: 1 },
        authors: { create: p.authorIds.map((authorId, position) => ({ authorId, position })) },
        tags: { create: p.tagIds.map((tagId, position) => ({ tagId, position })) },
      },
      select: { version: true },
    });
    await tx.revision.create({ data: revisionOf(p, fields, system) });
    versions.set(p, article.version);
  }
  return versions;
}

async function writeComments(tx: Tx, plan: ImportPlan): Promise<string[]> {
  const created = plan.comments.filter((c) => c.action === "create");
  await inBatches(
    plan.commenters.filter((c) => c.action === "create"),
    (batch) => tx.user.createMany({ data: batch.map((c) => ({ id: c.targetId, email: c.email, name: c.name, role: "READER" as const })) }),
  );
  const row = (c: (typeof created)[number]) => ({
    id: c.targetId!,
    articleId: c.post.targetId!,
    userId: c.commenter!.targetId,
    parentId: c.rootId,
    body: c.source.body,
    status: "APPROVED" as const,
    createdAt: c.source.createdAt,
  });
  // Threads' first comments before their replies.
  await inBatches(created.filter((c) => !c.rootId).map(row), (batch) => tx.comment.createMany({ data: batch }));
  await inBatches(created.filter((c) => c.rootId).map(row), (batch) => tx.comment.createMany({ data: batch }));
  // Each story's count of approved comments, recounted in one statement per batch of stories.
  const articleIds = [...new Set(created.map((c) => c.post.targetId!))];
  await inBatches(
    articleIds,
    (batch) =>
      tx.$executeRaw`UPDATE "Article" SET "commentCount" = (SELECT count(*) FROM "Comment" c WHERE c."articleId" = "Article"."id" AND c."status" = 'APPROVED' AND c."deletedAt" IS NULL) WHERE "id" IN (${Prisma.join(batch)})`,
  );
  return articleIds;
}

async function writeRecords(tx: Tx, plan: ImportPlan, versions: ReadonlyMap<PostStep, number>): Promise<void> {
  const { system, site } = plan.site;
  type Row = { kind: RecordKind; sourceId: string; targetId: string; digest: string; version: number; detail: string; fresh: boolean };
  const rows: Row[] = [
    ...plan.authors.filter((a) => a.action !== "unchanged").map((a): Row => ({ kind: "AUTHOR", sourceId: a.source.sourceId, targetId: a.targetId, digest: a.digest, version: 0, detail: "{}", fresh: a.action !== "update" })),
    ...[...plan.sections, ...plan.tags].filter((t) => t.action !== "unchanged").map((t): Row => ({ kind: t.kind, sourceId: t.source.sourceId, targetId: t.targetId, digest: t.digest, version: 0, detail: "{}", fresh: t.action !== "update" })),
    ...plan.posts.filter((p) => p.action === "create" || p.action === "update").map((p): Row => ({
      kind: "POST",
      sourceId: p.source.sourceId,
      targetId: p.targetId!,
      digest: p.digest,
      version: versions.get(p) ?? 1,
      detail: JSON.stringify({ status: p.source.sourceStatus, featured: p.source.featured, restriction: p.source.restriction }),
      fresh: p.action === "create",
    })),
    ...plan.images.filter((i) => i.action === "create").map((i): Row => ({ kind: "MEDIA", sourceId: i.path, targetId: i.targetId, digest: "", version: 0, detail: "{}", fresh: true })),
    ...plan.comments.filter((c) => c.action === "create").map((c): Row => ({ kind: "COMMENT", sourceId: c.source.sourceId, targetId: c.targetId!, digest: "", version: 0, detail: "{}", fresh: true })),
  ];
  for (const r of rows) {
    if (r.fresh) continue;
    await tx.importRecord.update({ where: { system_site_kind_sourceId: { system, site, kind: r.kind, sourceId: r.sourceId } }, data: { targetId: r.targetId, digest: r.digest, version: r.version, detail: r.detail } });
  }
  // A record whose row was deleted here since the last run gives way to the new row's.
  for (const stale of plan.staleRecords) await tx.importRecord.delete({ where: { system_site_kind_sourceId: { system, site, ...stale } } });
  await inBatches(
    rows.filter((r) => r.fresh),
    (batch) => tx.importRecord.createMany({ data: batch.map(({ fresh: _fresh, ...r }) => ({ system, site, ...r })) }),
  );
}

/** Writes the plan, all or nothing. */
export async function applyImportPlan(plan: ImportPlan, prepared: PreparedImport, actorId: string | null): Promise<void> {
  // Images imported before, or stored for this run; an image with no source stays out.
  const available = new Map(plan.images.filter((i) => i.action === "reuse" || prepared.images.has(i.path)).map((i) => [i.path, i.targetId]));
  const mediaId = (path: string | undefined) => (path ? (available.get(path) ?? null) : null);
  await db.$transaction(
    async (tx) =>
      withSearchIndexDeferred(tx, async () => {
        await inBatches(
          plan.images.filter((i) => i.action === "create" && prepared.images.has(i.path)),
          (batch) =>
            tx.media.createMany({
              data: batch.map((i) => {
                const file = prepared.images.get(i.path)!;
                return { id: i.targetId, key: file.key, originalName: i.path.split("/").pop()!.slice(0, 200), mimeType: file.mimeType, width: file.width, height: file.height, bytes: file.bytes, alt: i.alt, caption: i.caption, uploadedById: actorId };
              }),
            }),
        );
        await writeAuthors(tx, plan.authors, mediaId);
        await writeTerms(tx, plan.sections);
        await writeTerms(tx, plan.tags);
        const versions = await writeArticles(tx, plan, prepared, mediaId);
        await writeComments(tx, plan);
        await writeRecords(tx, plan, versions);
        await inBatches(plan.legacyPaths.filter((l) => l.action === "create"), (batch) => tx.legacyPath.createMany({ data: batch.map(({ action: _a, ...l }) => l) }));
        const renamed = [...plan.authors, ...plan.tags].filter((s) => s.action === "update").map((s) => s.targetId);
        const linked = renamed.length
          ? [
              ...(await tx.articleAuthor.findMany({ where: { authorId: { in: renamed } }, select: { articleId: true } })),
              ...(await tx.articleTag.findMany({ where: { tagId: { in: renamed } }, select: { articleId: true } })),
            ].map((l) => l.articleId)
          : [];
        const written = plan.posts.filter((p) => p.action === "create" || p.action === "update").map((p) => p.targetId!);
        await recordAudit(tx, {
          actorId,
          action: "import.run",
          targetType: "import",
          targetId: plan.site.site.slice(0, 200),
          detail: { system: plan.site.system, site: plan.site.site, created: plan.posts.filter((p) => p.action === "create").length, updated: plan.posts.filter((p) => p.action === "update").length },
        });
        return { result: undefined, articleIds: [...written, ...linked] };
      }),
    { maxWait: 30_000, timeout: 30 * 60_000 },
  );
}
