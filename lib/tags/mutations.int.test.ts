import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { getCurrentSlug } from "@/lib/redirects/queries";
import { listTagsForAdmin } from "@/lib/tags/admin-queries";
import { createTag, deleteTag, findOrCreateTags, updateTag } from "@/lib/tags/mutations";
import type { TagInput } from "@/lib/tags/schemas";
import { createActor, createArticle, createTag as createTagRow } from "@/test/factories";
import { refusal } from "@/test/expectations";
afterAll(() => db.$disconnect());
let editor: Actor;
let contributor: Actor;
let reader: Actor;

beforeAll(async () => {
  [editor, contributor, reader] = await Promise.all([createActor("EDITOR"), createActor("CONTRIBUTOR"), createActor("READER")]);
});

const input = (overrides: Partial<TagInput> = {}): TagInput => ({ name: "Chips", slug: "", description: "", ...overrides });
const inTransaction = (names: string[], actor: Actor = editor) => db.$transaction((tx) => findOrCreateTags(tx, names, actor));
describe("tags created on the fly", () => {
  it("reuse existing tags by slug, create the rest, and return ids in the order given", async () => {
    const existing = await createTagRow({ slug: "open-source", name: "Open Source" });
    const ids = await inTransaction(["  Robotics ", "open source", "ROBOTICS", "", "Edge   Computing"], editor);
    expect(ids).toHaveLength(3);
    expect(ids[1]).toBe(existing.id);
    const created = await db.tag.findMany({ where: { id: { in: [ids[0]!, ids[2]!] } }, select: { id: true, slug: true, name: true } });
    expect(created.find((t) => t.id === ids[0])).toMatchObject({ slug: "robotics", name: "Robotics" });
    expect(created.find((t) => t.id === ids[2])).toMatchObject({ slug: "edge-computing", name: "Edge Computing" });
    expect((await db.tag.findUniqueOrThrow({ where: { id: existing.id } })).name).toBe("Open Source");
    expect(await db.auditEvent.count({ where: { action: "tag.create", targetId: { in: [ids[0]!, ids[2]!] }, actorId: editor.id } })).toBe(2);
    expect(await inTransaction(["robotics", "Edge Computing"])).toEqual([ids[0], ids[2]]);
    expect(await inTransaction([" ", ""])).toEqual([]);
  });
  it("find a renamed tag by its former slug", async () => {
    const { id } = await createTag(editor, input({ name: "ML", slug: "ml" }));
    await updateTag(editor, id, input({ name: "Machine learning", slug: "machine-learning" }));
    expect(await inTransaction(["ML", "Machine Learning"])).toEqual([id]);
  });
  it("a contributor chooses from existing tags, and is told which names are not tags yet, creating nothing", async () => {
    const existing = await createTagRow({ slug: "semiconductors", name: "Semiconductors" });
    expect(await inTransaction(["semiconductors"], contributor)).toEqual([existing.id]);
    const [tags, events] = await Promise.all([db.tag.count(), db.auditEvent.count()]);
    const error = await refusal(inTransaction(["Semiconductors", "Quantum Gossip", "Secret Project"], contributor));
    expect(error.fieldErrors.tags).toEqual(["“Quantum Gossip”, “Secret Project” are not tags yet. Choose existing tags, or ask an editor to add them."]);
    expect(await db.tag.count()).toBe(tags);
    expect(await db.auditEvent.count()).toBe(events);
  });
  it("refuse a name that makes no slug, creating nothing", async () => {
    const count = await db.tag.count();
    const error = await refusal(inTransaction(["Robotics", "日本語"]));
    expect(error.fieldErrors.tags?.[0]).toMatch(/cannot be made into a web address/);
    expect(await db.tag.count()).toBe(count);
  });
});
describe("tags", () => {
  it("are listed with article counts", async () => {
    const { id } = await createTag(editor, input({ name: "Aardvark Tag", description: "First by name." }));
    await createArticle({ tagIds: [id], status: "DRAFT" });
    await createArticle({ tagIds: [id] });
    const page = await listTagsForAdmin(editor, 1);
    expect(page.items.find((t) => t.id === id)).toMatchObject({ slug: "aardvark-tag", description: "First by name.", articleCount: 2 });
    expect(await db.auditEvent.count({ where: { action: "tag.create", targetId: id, actorId: editor.id } })).toBe(1);
  });
  it("a changed slug redirects from the old one", async () => {
    const { id } = await createTag(editor, input({ name: "LLMs", slug: "llms" }));
    await updateTag(editor, id, input({ name: "Language models", slug: "language-models" }));
    expect(await getCurrentSlug("TAG", "llms")).toBe("language-models");
    expect(await db.auditEvent.count({ where: { action: "tag.update", targetId: id } })).toBe(1);
  });
  it("deleting is refused while in use, and removes it otherwise", async () => {
    const used = await createTag(editor, input({ name: "In Use" }));
    await createArticle({ tagIds: [used.id] });
    const error = await refusal(deleteTag(editor, used.id));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/is on 1 article/);
    expect(await db.tag.findUnique({ where: { id: used.id } })).not.toBeNull();
    const unused = await createTag(editor, input({ name: "Unused" }));
    await deleteTag(editor, unused.id);
    expect(await db.tag.findUnique({ where: { id: unused.id } })).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "tag.delete", targetId: unused.id } })).toBe(1);
  });
  for (const who of ["reader", "contributor"] as const) {
    it(`a ${who} cannot create, update or delete a tag, and nothing changes`, async () => {
      const actor = who === "reader" ? reader : contributor;
      const existing = await createTagRow({ name: "Untouched", slug: `untouched-${who}` });
      const [tags, events] = await Promise.all([db.tag.count(), db.auditEvent.count()]);
      expect((await refusal(createTag(actor, input({ name: "Intruder" })))).code).toBe("FORBIDDEN");
      expect((await refusal(updateTag(actor, existing.id, input({ name: "Renamed", slug: "renamed" })))).code).toBe("FORBIDDEN");
      expect((await refusal(deleteTag(actor, existing.id))).code).toBe("FORBIDDEN");
      expect((await refusal(listTagsForAdmin(actor, 1))).code).toBe("FORBIDDEN");
      expect(await db.tag.count()).toBe(tags);
      expect(await db.auditEvent.count()).toBe(events);
      expect(await db.tag.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ name: "Untouched", slug: `untouched-${who}` });
    });
  }
});
