import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { getAuthorForEdit, listLinkableUsers } from "@/lib/authors/admin-queries";
import { createAuthor, deleteAuthor, updateAuthor } from "@/lib/authors/mutations";
import type { AuthorInput } from "@/lib/authors/schemas";
import { getCurrentSlug } from "@/lib/redirects/queries";
import { createActor, createArticle, createAuthor as createAuthorRow, createUser } from "@/test/factories";
import { refusal } from "@/test/expectations";
afterAll(() => db.$disconnect());
let editor: Actor;
let contributor: Actor;
let reader: Actor;

beforeAll(async () => {
  [editor, contributor, reader] = await Promise.all([createActor("EDITOR"), createActor("CONTRIBUTOR"), createActor("READER")]);
});

const input = (overrides: Partial<AuthorInput> = {}): AuthorInput => ({
  name: "Ada Example",
  slug: "",
  jobTitle: "Technology reporter",
  bio: "First paragraph with **bold**.\n\nSecond paragraph with a [link](https://example.com).",
  photoId: null,
  userId: null,
  affiliations: [],
  links: [],
  ...overrides,
});
const profile = async (id: string) => (await getAuthorForEdit(editor, id))!;
describe("creating and saving authors", () => {
  it("stores every field, the bio's HTML, rows in order, and an audit event", async () => {
    const created = await createAuthor(editor, {
      ...input({ name: "Grace Order", slug: "grace-order" }),
      affiliations: [
        { role: "Technical editor", organisation: "example.com", url: "https://example.com" },
        { role: "Fellow", organisation: "Example Institute", url: null },
      ],
      links: [
        { kind: "mastodon", url: "https://mastodon.example/@grace" },
        { kind: "github", url: "https://github.com/grace" },
      ],
    });
    expect(created.slug).toBe("grace-order");
    const row = await db.author.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.bioHtml).toContain("<strong>bold</strong>");
    expect(row.bioHtml.match(/<p>/g)).toHaveLength(2);
    const saved = await profile(created.id);
    expect(saved.affiliations.map((a) => a.role)).toEqual(["Technical editor", "Fellow"]);
    expect(saved.links.map((l) => l.kind)).toEqual(["mastodon", "github"]);
    expect(await db.auditEvent.count({ where: { action: "author.create", targetId: created.id, actorId: editor.id } })).toBe(1);
    await updateAuthor(editor, created.id, {
      ...input({ name: "Grace Order", slug: "grace-order" }),
      affiliations: [{ role: "Fellow", organisation: "Example Institute", url: null }],
      links: [
        { kind: "github", url: "https://github.com/grace" },
        { kind: "website", url: "https://grace.example.com" },
        { kind: "mastodon", url: "https://mastodon.example/@grace" },
      ],
    });
    const updated = await profile(created.id);
    expect(updated.affiliations.map((a) => a.role)).toEqual(["Fellow"]);
    expect(updated.links.map((l) => l.kind)).toEqual(["github", "website", "mastodon"]);
    expect(await db.auditEvent.count({ where: { action: "author.update", targetId: created.id } })).toBe(1);
  });
  it("makes the slug from the name when none is typed, numbered when taken", async () => {
    await createAuthorRow({ slug: "lin-example", name: "Lin Example" });
    const second = await createAuthor(editor, input({ name: "Lin Example" }));
    expect(second.slug).toBe("lin-example-2");
  });
  it("refuses a slug another author has, or had", async () => {
    await createAuthorRow({ slug: "taken-slug" });
    expect((await refusal(createAuthor(editor, input({ slug: "taken-slug" })))).fieldErrors.slug?.[0]).toMatch(/Another author already uses/);
    const moved = await createAuthor(editor, input({ name: "Moved Author", slug: "moved-before" }));
    await updateAuthor(editor, moved.id, input({ name: "Moved Author", slug: "moved-after" }));
    expect((await refusal(createAuthor(editor, input({ slug: "moved-before" })))).fieldErrors.slug?.[0]).toMatch(/used this slug before/);
  });
  it("a changed slug redirects from every former one; taking a former slug back makes it live again", async () => {
    const { id } = await createAuthor(editor, input({ name: "Rename Me", slug: "first-slug" }));
    await updateAuthor(editor, id, input({ name: "Rename Me", slug: "second-slug" }));
    expect(await getCurrentSlug("AUTHOR", "first-slug")).toBe("second-slug");
    await updateAuthor(editor, id, input({ name: "Rename Me", slug: "third-slug" }));
    expect(await getCurrentSlug("AUTHOR", "first-slug")).toBe("third-slug");
    expect(await getCurrentSlug("AUTHOR", "second-slug")).toBe("third-slug");
    await updateAuthor(editor, id, input({ name: "Rename Me", slug: "first-slug" }));
    expect(await db.slugRedirect.findUnique({ where: { kind_fromSlug: { kind: "AUTHOR", fromSlug: "first-slug" } } })).toBeNull();
    expect(await getCurrentSlug("AUTHOR", "third-slug")).toBe("first-slug");
    const audit = await db.auditEvent.findMany({ where: { action: "author.update", targetId: id }, select: { detail: true } });
    expect(audit.map((a) => JSON.parse(a.detail))).toContainEqual({ slug: "first-slug", name: "Rename Me", previousSlug: "third-slug" });
  });
  it("links a newsroom login, once; refuses a reader's login and a missing photo", async () => {
    const staff = await createUser({ role: "CONTRIBUTOR", name: "Staff Writer" });
    const commenter = await createUser({ role: "READER" });
    const first = await createAuthor(editor, input({ name: "Linked One", userId: staff.id }));
    expect((await profile(first.id)).userId).toBe(staff.id);
    const second = await refusal(createAuthor(editor, input({ name: "Linked Two", userId: staff.id })));
    expect(second.fieldErrors.userId?.[0]).toMatch(/already linked to Linked One/);
    expect((await refusal(createAuthor(editor, input({ userId: commenter.id })))).fieldErrors.userId?.[0]).toMatch(/Only newsroom accounts/);
    expect((await refusal(createAuthor(editor, input({ photoId: "nosuchmedia" })))).fieldErrors.photoId?.[0]).toMatch(/no longer exists/);
    const users = await listLinkableUsers(editor);
    expect(users.find((u) => u.id === staff.id)?.linkedAuthorId).toBe(first.id);
    expect(users.some((u) => u.id === commenter.id)).toBe(false);
  });
});
describe("deleting authors", () => {
  it("is refused while the author is on a byline, even a draft's", async () => {
    const { id } = await createAuthor(editor, input({ name: "Busy Writer" }));
    await createArticle({ status: "DRAFT", authorIds: [id] });
    const error = await refusal(deleteAuthor(editor, id));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/Busy Writer is on the byline of 1 article/);
    expect(await db.author.findUnique({ where: { id } })).not.toBeNull();
  });
  it("removes the profile, its rows and former slugs, with an audit event", async () => {
    const { id } = await createAuthor(editor, {
      ...input({ name: "Leaving Soon", slug: "leaving-soon" }),
      links: [{ kind: "website", url: "https://leaving.example.com" }],
    });
    await updateAuthor(editor, id, input({ name: "Leaving Soon", slug: "leaving-now" }));
    await deleteAuthor(editor, id);
    expect(await db.author.findUnique({ where: { id } })).toBeNull();
    expect(await db.authorLink.count({ where: { authorId: id } })).toBe(0);
    expect(await db.slugRedirect.count({ where: { kind: "AUTHOR", targetId: id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "author.delete", targetId: id } })).toBe(1);
  });
});
describe("who may manage authors", () => {
  for (const who of ["reader", "contributor"] as const) {
    it(`a ${who} cannot create, update or delete an author, and nothing changes`, async () => {
      const actor = who === "reader" ? reader : contributor;
      const existing = await createAuthorRow({ name: "Untouched", slug: `untouched-${who}` });
      const [authors, events] = await Promise.all([db.author.count(), db.auditEvent.count()]);
      expect((await refusal(createAuthor(actor, input({ name: "Intruder" })))).code).toBe("FORBIDDEN");
      expect((await refusal(updateAuthor(actor, existing.id, input({ name: "Renamed", slug: "renamed" })))).code).toBe("FORBIDDEN");
      expect((await refusal(deleteAuthor(actor, existing.id))).code).toBe("FORBIDDEN");
      expect(await db.author.count()).toBe(authors);
      expect(await db.auditEvent.count()).toBe(events);
      expect(await db.author.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ name: "Untouched", slug: `untouched-${who}` });
      expect((await refusal(getAuthorForEdit(actor, existing.id))).code).toBe("FORBIDDEN");
    });
  }
});
