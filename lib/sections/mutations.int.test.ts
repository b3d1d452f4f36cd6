import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { getCurrentSlug } from "@/lib/redirects/queries";
import { listSectionsForAdmin } from "@/lib/sections/admin-queries";
import { createSection, deleteSection, updateSection } from "@/lib/sections/mutations";
import type { SectionInput } from "@/lib/sections/schemas";
import { sectionFormSchema } from "@/lib/sections/schemas";
import { createActor, createArticle, createSection as createSectionRow } from "@/test/factories";
import { refusal } from "@/test/expectations";
afterAll(() => db.$disconnect());
let editor: Actor;
let contributor: Actor;
let reader: Actor;

beforeAll(async () => {
  [editor, contributor, reader] = await Promise.all([createActor("EDITOR"), createActor("CONTRIBUTOR"), createActor("READER")]);
});

const input = (overrides: Partial<SectionInput> = {}): SectionInput => ({ name: "Policy", slug: "", description: "", position: null, ...overrides });
describe("the section form", () => {
  it("reads an empty position as 'keep it' and refuses a bad one", () => {
    expect(sectionFormSchema.parse({ name: "AI", slug: "", description: "", position: "" }).position).toBeNull();
    expect(sectionFormSchema.parse({ name: "AI", position: "3" }).position).toBe(3);
    expect(sectionFormSchema.safeParse({ name: "AI", position: "-1" }).success).toBe(false);
  });
});
describe("sections", () => {
  it("a new section goes last unless placed; the list is in order with counts", async () => {
    const first = await createSection(editor, input({ name: "Alpha Desk", position: 0 }));
    const last = await createSection(editor, input({ name: "Omega Desk" }));
    await createArticle({ sectionId: first.id, status: "DRAFT" });
    const list = await listSectionsForAdmin(editor);
    expect(list.at(-1)?.id).toBe(last.id);
    expect(list.find((s) => s.id === first.id)).toMatchObject({ slug: "alpha-desk", position: 0, articleCount: 1 });
    expect(await db.auditEvent.count({ where: { action: "section.create", targetId: last.id, actorId: editor.id } })).toBe(1);
  });
  it("a changed slug redirects from the old one", async () => {
    const { id } = await createSection(editor, input({ name: "Chips", slug: "chips" }));
    await updateSection(editor, id, input({ name: "Semiconductors", slug: "semiconductors", description: "Chips and fabs." }));
    expect(await getCurrentSlug("SECTION", "chips")).toBe("semiconductors");
    expect(await db.section.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Semiconductors", description: "Chips and fabs." });
    expect(await db.auditEvent.count({ where: { action: "section.update", targetId: id } })).toBe(1);
  });
  it("keeps its position when the form leaves it empty", async () => {
    const { id } = await createSection(editor, input({ name: "Fixed Place", position: 7 }));
    await updateSection(editor, id, input({ name: "Fixed Place", slug: "fixed-place" }));
    expect((await db.section.findUniqueOrThrow({ where: { id } })).position).toBe(7);
  });
  it("refuses a slug another section has", async () => {
    await createSectionRow({ slug: "science" });
    expect((await refusal(createSection(editor, input({ name: "Science" , slug: "science" })))).fieldErrors.slug?.[0]).toMatch(/Another section/);
  });
  it("deleting is refused while the section holds articles, and removes it otherwise", async () => {
    const busy = await createSection(editor, input({ name: "Busy Desk" }));
    await createArticle({ sectionId: busy.id, status: "ARCHIVED" });
    const error = await refusal(deleteSection(editor, busy.id));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/still holds 1 article/);
    expect(await db.section.findUnique({ where: { id: busy.id } })).not.toBeNull();
    const empty = await createSection(editor, input({ name: "Empty Desk" }));
    await updateSection(editor, empty.id, input({ name: "Empty Desk", slug: "empty-desk-renamed" }));
    await deleteSection(editor, empty.id);
    expect(await db.section.findUnique({ where: { id: empty.id } })).toBeNull();
    expect(await db.slugRedirect.count({ where: { kind: "SECTION", targetId: empty.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "section.delete", targetId: empty.id } })).toBe(1);
  });
  for (const who of ["reader", "contributor"] as const) {
    it(`a ${who} cannot create, update or delete a section, and nothing changes`, async () => {
      const actor = who === "reader" ? reader : contributor;
      const existing = await createSectionRow({ name: "Untouched", slug: `untouched-${who}` });
      const [sections, events] = await Promise.all([db.section.count(), db.auditEvent.count()]);
      expect((await refusal(createSection(actor, input({ name: "Intruder" })))).code).toBe("FORBIDDEN");
      expect((await refusal(updateSection(actor, existing.id, input({ name: "Renamed", slug: "renamed" })))).code).toBe("FORBIDDEN");
      expect((await refusal(deleteSection(actor, existing.id))).code).toBe("FORBIDDEN");
      expect((await refusal(listSectionsForAdmin(actor))).code).toBe("FORBIDDEN");
      expect(await db.section.count()).toBe(sections);
      expect(await db.auditEvent.count()).toBe(events);
      expect(await db.section.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ name: "Untouched", slug: `untouched-${who}` });
    });
  }
});
