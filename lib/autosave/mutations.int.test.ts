import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { saveArticle, type SaveRequest } from "@/lib/articles/mutations";
import type { ArticleFields } from "@/lib/articles/schemas";
import { autosaveArticle, discardAutosave } from "@/lib/autosave/mutations";
import { getOwnAutosave } from "@/lib/autosave/queries";
import { autosaveFormSchema } from "@/lib/autosave/schemas";
import { createActor, createArticle, createAuthor } from "@/test/factories";
import { refusal } from "@/test/expectations";

afterAll(() => db.$disconnect());

let editor: Actor;
let otherEditor: Actor;
let contributor: Actor;
let reader: Actor;
let authorId: string;
let n = 0;

beforeAll(async () => {
  [editor, otherEditor, contributor, reader] = await Promise.all([createActor("EDITOR"), createActor("EDITOR"), createActor("CONTRIBUTOR"), createActor("READER")]);
  authorId = (await createAuthor()).id;
});

/** The form as the editor sends it every few seconds. */
const form = (over: Record<string, string | string[]> = {}) => autosaveFormSchema.parse({ title: "Half-written headline", body: "The first paragraph, then", ...over });

function fields(over: Partial<ArticleFields> = {}): ArticleFields {
  n++;
  return {
    title: `Autosaved story ${n}`,
    slug: `autosaved-story-${n}-${Date.now().toString(36)}`,
    standfirst: "",
    body: "A body.",
    heroImageId: null,
    heroAlt: "",
    heroCaption: "",
    heroCredit: "",
    sectionId: null,
    tags: [],
    authorIds: [authorId],
    seoTitle: "",
    seoDescription: "",
    commentsOpen: true,
    ...over,
  };
}

const request = (over: Partial<SaveRequest> & { fields: ArticleFields }): SaveRequest => ({ articleId: null, version: 0, intent: "save", scheduledAt: null, changeKind: null, note: "", ...over });
const stored = (actor: Actor) => db.articleAutosave.count({ where: { userId: actor.id } });

describe("autosave", () => {
  it("an editor's new article is kept in one slot that each autosave replaces, with the time it was kept", async () => {
    const first = await autosaveArticle(editor, form({ title: "Storm", authorIds: [authorId, ""] }));
    const second = await autosaveArticle(editor, form({ title: "Storm closes the bridge", slug: "Not A Slug Yet", commentsOpen: "on" }));
    expect(second.savedAt!.getTime()).toBeGreaterThanOrEqual(first.savedAt!.getTime());
    const kept = await getOwnAutosave(editor, null);
    expect(kept?.fields).toMatchObject({ title: "Storm closes the bridge", slug: "Not A Slug Yet", body: "The first paragraph, then", commentsOpen: "on", authorIds: "" });
    expect(kept?.savedAt).toEqual(second.savedAt);
    expect(await db.articleAutosave.count({ where: { userId: editor.id, articleKey: "new" } })).toBe(1);
    // No article exists for it until someone saves.
    expect(await db.article.count({ where: { title: "Storm closes the bridge" } })).toBe(0);
  });

  it("a new article's form with nothing in it keeps nothing, and leaves no earlier autosave of it behind", async () => {
    const writer = await createActor("EDITOR");
    const empty = autosaveFormSchema.parse({});
    expect(await autosaveArticle(writer, empty)).toEqual({ savedAt: null });
    expect(await getOwnAutosave(writer, null)).toBeNull();
    await autosaveArticle(writer, form());
    expect(await autosaveArticle(writer, empty)).toEqual({ savedAt: null });
    expect(await getOwnAutosave(writer, null)).toBeNull();
    expect((await refusal(autosaveArticle(reader, empty))).code).toBe("FORBIDDEN");
  });

  it("one person's autosave is theirs alone: another editor of the same article neither sees nor replaces it", async () => {
    const article = await createArticle({ status: "DRAFT" });
    await autosaveArticle(editor, form({ articleId: article.id, title: "Mine" }));
    expect(await getOwnAutosave(otherEditor, article.id)).toBeNull();
    await autosaveArticle(otherEditor, form({ articleId: article.id, title: "Theirs" }));
    expect((await getOwnAutosave(editor, article.id))?.fields.title).toBe("Mine");
    expect((await getOwnAutosave(otherEditor, article.id))?.fields.title).toBe("Theirs");
  });

  it("a pending change to a live story is autosaved without touching the published text", async () => {
    const live = await createArticle({ status: "PUBLISHED", title: "The published headline", body: "The published body." });
    await autosaveArticle(editor, form({ articleId: live.id, version: String(live.version), title: "A changed headline", body: "A changed body." }));
    const after = await db.article.findUniqueOrThrow({ where: { id: live.id } });
    expect({ title: after.title, body: after.body, version: after.version, updatedAt: after.updatedAt }).toEqual({ title: live.title, body: live.body, version: live.version, updatedAt: live.updatedAt });
    expect(await db.revision.count({ where: { articleId: live.id } })).toBe(0);
    expect(await getOwnAutosave(editor, live.id)).toMatchObject({ baseVersion: live.version, fields: { title: "A changed headline" } });
  });

  it("a contributor autosaves their own draft, but not someone else's, nor their own once in review, and a reader nothing", async () => {
    const own = await saveArticle(contributor, request({ fields: fields() }));
    await autosaveArticle(contributor, form({ articleId: own.id }));
    expect(await getOwnAutosave(contributor, own.id)).not.toBeNull();

    const someoneElses = await createArticle({ status: "DRAFT" });
    expect((await refusal(autosaveArticle(contributor, form({ articleId: someoneElses.id })))).code).toBe("FORBIDDEN");
    await db.article.update({ where: { id: own.id }, data: { status: "IN_REVIEW" } });
    await discardAutosave(contributor, own.id);
    expect((await refusal(autosaveArticle(contributor, form({ articleId: own.id })))).code).toBe("FORBIDDEN");
    expect(await stored(contributor)).toBe(0);

    expect((await refusal(autosaveArticle(reader, form()))).code).toBe("FORBIDDEN");
    expect(await stored(reader)).toBe(0);
  });

  it("an article that no longer exists is refused as not found", async () => {
    expect((await refusal(autosaveArticle(editor, form({ articleId: "nosucharticle0000000000" })))).code).toBe("NOT_FOUND");
  });

  it("saving the article clears the writer's autosave (a new article's slot too), not another person's; a refused save keeps it", async () => {
    await autosaveArticle(otherEditor, form());
    await autosaveArticle(otherEditor, form({ title: "Draft in progress" }));
    const created = await saveArticle(otherEditor, request({ fields: fields() }));
    expect(await getOwnAutosave(otherEditor, null)).toBeNull();

    await autosaveArticle(otherEditor, form({ articleId: created.id }));
    await autosaveArticle(editor, form({ articleId: created.id }));
    const version = (await db.article.findUniqueOrThrow({ where: { id: created.id } })).version;
    await refusal(saveArticle(otherEditor, request({ fields: fields({ authorIds: [] }), articleId: created.id, version, intent: "publish" })));
    expect(await getOwnAutosave(otherEditor, created.id)).not.toBeNull();

    await saveArticle(otherEditor, request({ fields: fields(), articleId: created.id, version }));
    expect(await getOwnAutosave(otherEditor, created.id)).toBeNull();
    expect(await getOwnAutosave(editor, created.id)).not.toBeNull();
  });

  it("discarding removes only the person's own autosave of that article", async () => {
    const article = await createArticle({ status: "DRAFT" });
    await autosaveArticle(editor, form({ articleId: article.id }));
    await autosaveArticle(editor, form());
    await discardAutosave(editor, article.id);
    expect(await getOwnAutosave(editor, article.id)).toBeNull();
    expect(await getOwnAutosave(editor, null)).not.toBeNull();
  });

  it("an autosave goes with its article", async () => {
    const article = await createArticle({ status: "DRAFT" });
    await autosaveArticle(editor, form({ articleId: article.id }));
    await db.article.delete({ where: { id: article.id } });
    expect(await db.articleAutosave.count({ where: { articleId: article.id } })).toBe(0);
  });
});
