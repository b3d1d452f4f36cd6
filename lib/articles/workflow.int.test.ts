import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { getPublishedArticle } from "@/lib/articles/queries";
import { saveArticle, type SaveRequest } from "@/lib/articles/mutations";
import { addCorrection, approveRevision, rejectRevision, restoreRevision } from "@/lib/articles/revision-mutations";
import { publishDue } from "@/lib/articles/scheduling";
import type { ArticleFields } from "@/lib/articles/schemas";
import { getCurrentSlug } from "@/lib/redirects/queries";
import { createActor, createAuthor, createSection, createTag } from "@/test/factories";
import { refusal } from "@/test/expectations";
afterAll(() => db.$disconnect());
let editor: Actor;
let contributor: Actor;
let reader: Actor;
let authorId: string;
let sectionId: string;
let n = 0;
beforeAll(async () => {
  editor = await createActor("EDITOR");
  contributor = await createActor("CONTRIBUTOR");
  reader = await createActor("READER");
  authorId = (await createAuthor()).id;
  sectionId = (await createSection()).id;
});
function fields(over: Partial<ArticleFields> = {}): ArticleFields {
  n++;
  return {
    title: `Workflow story ${n}`,
    slug: `workflow-story-${n}-${Date.now().toString(36)}`,
    standfirst: "What happened.",
    body: "First paragraph.\n\n## A heading\n\n- a list",
    heroImageId: null,
    heroAlt: "",
    heroCaption: "",
    heroCredit: "",
    sectionId,
    tags: ["Workflow", "Testing"],
    authorIds: [authorId],
    seoTitle: "",
    seoDescription: "",
    commentsOpen: true,
    ...over,
  };
}

const request = (over: Partial<SaveRequest> & { fields: ArticleFields }): SaveRequest => ({
  articleId: null,
  version: 0,
  intent: "save",
  scheduledAt: null,
  changeKind: null,
  note: "",
  ...over,
});

const version = async (id: string) => (await db.article.findUniqueOrThrow({ where: { id } })).version;
async function publishedStory(at = new Date()) {
  const f = fields();
  const saved = await saveArticle(editor, request({ fields: f, intent: "publish" }), at);
  return { ...saved, fields: f };
}

describe("workflow", () => {
  it("a contributor saves a draft and submits it for review, but cannot publish or schedule", async () => {
    // A contributor chooses among existing tags (creating one needs tag:manage).
    const f = fields({ tags: [(await createTag()).name] });
    const draft = await saveArticle(contributor, request({ fields: f }));
    expect(draft.status).toBe("DRAFT");
    expect(await getPublishedArticle(draft.slug)).toBeNull();
    const before = await version(draft.id);
    expect((await refusal(saveArticle(contributor, request({ fields: f, articleId: draft.id, version: before, intent: "publish" })))).code).toBe("FORBIDDEN");
    expect((await refusal(saveArticle(contributor, request({ fields: f, articleId: draft.id, version: before, intent: "schedule", scheduledAt: new Date(Date.now() + 60_000) })))).code).toBe("FORBIDDEN");
    expect((await db.article.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
    const submitted = await saveArticle(contributor, request({ fields: f, articleId: draft.id, version: before, intent: "submit" }));
    expect(submitted.status).toBe("IN_REVIEW");
    // Once in review it is no longer theirs to edit.
    expect((await refusal(saveArticle(contributor, request({ fields: f, articleId: draft.id, version: await version(draft.id) })))).code).toBe("FORBIDDEN");
  });
  it("a reader cannot create articles", async () => {
    expect((await refusal(saveArticle(reader, request({ fields: fields() })))).code).toBe("FORBIDDEN");
  });
  it("an editor publishes: the story is public, with tags created on the fly and a revision", async () => {
    const { id, slug } = await publishedStory();
    const article = await getPublishedArticle(slug);
    expect(article?.tags.map((t) => t.name)).toEqual(["Workflow", "Testing"]);
    expect(await db.revision.count({ where: { articleId: id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { targetId: id, action: "article.publish" } })).toBe(1);
  });
  it("refuses illegal moves: unpublishing a draft, publishing without an author, scheduling in the past", async () => {
    const draft = await saveArticle(editor, request({ fields: fields() }));
    expect((await refusal(saveArticle(editor, request({ fields: fields(), articleId: draft.id, version: await version(draft.id), intent: "unpublish" })))).code).toBe("FORBIDDEN");
    const noAuthor = await refusal(saveArticle(editor, request({ fields: fields({ authorIds: [] }), intent: "publish" })));
    expect(noAuthor.message).toBe("Please correct the highlighted fields.");
    expect(noAuthor.fieldErrors).toEqual({ authorIds: ["A published story needs at least one author."] });
    const past = await refusal(saveArticle(editor, request({ fields: fields(), intent: "schedule", scheduledAt: new Date(Date.now() - 1000) })));
    expect(past.fieldErrors).toEqual({ scheduledAt: ["Choose a time in the future."] });
  });
  it("an editor unpublishes: the story is a 404 again", async () => {
    const { id, slug, fields: f } = await publishedStory();
    await saveArticle(editor, request({ fields: f, articleId: id, version: await version(id), intent: "unpublish" }));
    expect(await getPublishedArticle(slug)).toBeNull();
  });
  it("tells the second of two editors that the article changed, and saves nothing of theirs", async () => {
    const f = fields();
    const { id } = await saveArticle(editor, request({ fields: f }));
    const opened = await version(id);
    await saveArticle(editor, request({ fields: { ...f, title: "First editor's title" }, articleId: id, version: opened }));
    const stale = await refusal(saveArticle(editor, request({ fields: { ...f, title: "Second editor's title" }, articleId: id, version: opened })));
    expect(stale.code).toBe("CONFLICT");
    expect((await db.article.findUniqueOrThrow({ where: { id } })).title).toBe("First editor's title");
  });
});
describe("scheduled publishing", () => {
  it("goes live at its time, not before, with the scheduled time as its publication time", async () => {
    // Scheduled two hours ago for one hour ago: the sweeps below run at chosen moments around it.
    const t0 = new Date(Date.now() - 2 * 60 * 60_000);
    const at = new Date(t0.getTime() + 60 * 60_000);
    const { id, slug } = await saveArticle(editor, request({ fields: fields(), intent: "schedule", scheduledAt: at }), t0);
    expect((await publishDue(new Date(at.getTime() - 1000))).map((a) => a.id)).not.toContain(id);
    expect(await getPublishedArticle(slug)).toBeNull();
    expect((await publishDue(new Date(at.getTime() + 1000))).map((a) => a.id)).toContain(id);
    const row = await db.article.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("PUBLISHED");
    expect(row.publishedAt).toEqual(at);
    expect(await getPublishedArticle(slug)).not.toBeNull();
    expect(await publishDue(new Date(at.getTime() + 2000))).toEqual([]);
  });
  it("the catch-up sweep after downtime publishes missed stories with the time they actually went live", async () => {
    const at = new Date(Date.now() - 3 * 60 * 60_000);
    const { id } = await saveArticle(editor, request({ fields: fields(), intent: "schedule", scheduledAt: at }), new Date(at.getTime() - 60_000));
    const restart = new Date();
    expect((await publishDue(restart)).map((a) => a.id)).toContain(id);
    expect((await db.article.findUniqueOrThrow({ where: { id } })).publishedAt).toEqual(restart);
  });
});
describe("editing a live story", () => {
  it("keeps the published version online until an editor approves; a minor change leaves dateModified", async () => {
    const { id, slug, fields: f } = await publishedStory();
    await saveArticle(editor, request({ fields: { ...f, title: "Proposed headline" }, articleId: id, version: await version(id), intent: "propose" }));
    expect((await getPublishedArticle(slug))?.title).toBe(f.title);
    const pending = await db.revision.findFirstOrThrow({ where: { articleId: id, state: "PENDING" } });
    await approveRevision(editor, pending.id, "MINOR");
    const live = await getPublishedArticle(slug);
    expect(live?.title).toBe("Proposed headline");
    expect(live?.modifiedAt).toBeNull();
    expect((await refusal(approveRevision(editor, pending.id, "MINOR"))).code).toBe("CONFLICT");
  });
  it("moves dateModified only with a substantive change", async () => {
    const { id, slug, fields: f } = await publishedStory(new Date(Date.now() - 86_400_000));
    const later = new Date();
    await saveArticle(editor, request({ fields: { ...f, body: `${f.body}\n\nNew facts.` }, articleId: id, version: await version(id), intent: "apply", changeKind: "SUBSTANTIVE" }), later);
    expect((await getPublishedArticle(slug))?.modifiedAt).toEqual(later);
  });
  it("a contributor cannot edit a live story, and a turned-down change never goes live", async () => {
    const { id, slug, fields: f } = await publishedStory();
    expect((await refusal(saveArticle(contributor, request({ fields: f, articleId: id, version: await version(id), intent: "propose" })))).code).toBe("FORBIDDEN");
    await saveArticle(editor, request({ fields: { ...f, title: "Not this" }, articleId: id, version: await version(id), intent: "propose" }));
    const pending = await db.revision.findFirstOrThrow({ where: { articleId: id, state: "PENDING" } });
    expect((await refusal(approveRevision(contributor, pending.id, "MINOR"))).code).toBe("FORBIDDEN");
    await rejectRevision(editor, pending.id);
    expect((await getPublishedArticle(slug))?.title).toBe(f.title);
  });
  it("a changed slug leaves a permanent redirect from each old slug", async () => {
    const { id, slug: first, fields: f } = await publishedStory();
    const second = `${first}-renamed`;
    await saveArticle(editor, request({ fields: { ...f, slug: second }, articleId: id, version: await version(id), intent: "apply", changeKind: "MINOR" }));
    const third = `${first}-again`;
    await saveArticle(editor, request({ fields: { ...f, slug: third }, articleId: id, version: await version(id), intent: "apply", changeKind: "MINOR" }));
    expect(await getCurrentSlug("ARTICLE", first)).toBe(third);
    expect(await getCurrentSlug("ARTICLE", second)).toBe(third);
    // Another article cannot take a former slug.
    const clash = await refusal(saveArticle(editor, request({ fields: fields({ slug: first }) })));
    expect(clash.fieldErrors).toEqual({ slug: ["Another article already uses this slug."] });
  });
  it("restoring a revision makes a new revision: applied at once to a draft, pending on a live story", async () => {
    const f = fields();
    const { id } = await saveArticle(editor, request({ fields: f }));
    const original = await db.revision.findFirstOrThrow({ where: { articleId: id } });
    await saveArticle(editor, request({ fields: { ...f, title: "Rewritten" }, articleId: id, version: await version(id) }));
    const restored = await restoreRevision(editor, original.id);
    expect(restored.pending).toBe(false);
    expect((await db.article.findUniqueOrThrow({ where: { id } })).title).toBe(f.title);
    expect(await db.revision.count({ where: { articleId: id } })).toBe(3);
    expect(await db.revision.count({ where: { articleId: id, restoredFromId: original.id } })).toBe(1);
  });
});
describe("corrections", () => {
  it("an editor adds a dated correction shown on the story; a contributor cannot", async () => {
    const { id, slug } = await publishedStory();
    await addCorrection(editor, id, "An earlier version misstated the year.");
    expect((await getPublishedArticle(slug))?.corrections.map((c) => c.body)).toEqual(["An earlier version misstated the year."]);
    expect((await refusal(addCorrection(contributor, id, "Sneaky correction"))).code).toBe("FORBIDDEN");
    expect(await db.correction.count({ where: { articleId: id } })).toBe(1);
  });
});
