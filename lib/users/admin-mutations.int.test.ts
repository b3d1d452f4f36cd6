import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor, Role } from "@/lib/auth/permissions";
import { banUser, changeUserRole, unbanUser } from "@/lib/users/admin-mutations";
import { createActor, createArticle, createComment, createUser, databaseSnapshot } from "@/test/factories";
import { refusal } from "@/test/expectations";
afterAll(() => db.$disconnect());
let admin: Actor;
beforeEach(async () => {
  admin = await createActor("ADMIN");
});

const roleOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id } })).role;
describe("changing roles", () => {
  it("admin makes a reader an editor, audited with from and to", async () => {
    const reader = await createUser();
    expect(await changeUserRole(admin, reader.id, "EDITOR")).toEqual({ from: "READER", to: "EDITOR", changed: true });
    expect(await roleOf(reader.id)).toBe("EDITOR");
    const events = await db.auditEvent.findMany({ where: { targetId: reader.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: admin.id, action: "user.role", targetType: "user" });
    expect(JSON.parse(events[0]!.detail)).toEqual({ from: "READER", to: "EDITOR" });
  });
  it("setting the role a user already has changes and logs nothing", async () => {
    const editor = await createUser({ role: "EDITOR" });
    expect(await changeUserRole(admin, editor.id, "EDITOR")).toMatchObject({ changed: false });
    expect(await db.auditEvent.count({ where: { targetId: editor.id } })).toBe(0);
  });
  it("admin demotes another admin while a second admin remains", async () => {
    const other = await createUser({ role: "ADMIN" });
    await changeUserRole(admin, other.id, "EDITOR");
    expect(await roleOf(other.id)).toBe("EDITOR");
  });
  it("admin cannot change their own role", async () => {
    const before = await databaseSnapshot();
    const error = await refusal(changeUserRole(admin, admin.id, "READER"));
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toMatch(/your own role/);
    expect(await databaseSnapshot()).toEqual(before);
  });
  it("the last admin cannot be demoted, even by an admin whose own role was just taken away", async () => {
    // Leave exactly one admin in this file's database; `admin` still holds a session as one.
    await db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "EDITOR" } });
    const last = await createUser({ role: "ADMIN", name: "Last Admin" });
    const before = await databaseSnapshot();
    const error = await refusal(changeUserRole(admin, last.id, "EDITOR"));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("Last Admin is the last admin. Make someone else an admin first.");
    expect(await databaseSnapshot()).toEqual(before);
  });
  it("a banned user cannot be given a role that moderates until the ban is lifted", async () => {
    const reader = await createUser();
    await banUser(admin, reader.id, "abuse");
    expect((await refusal(changeUserRole(admin, reader.id, "EDITOR"))).message).toMatch(/Lift the ban/);
    await changeUserRole(admin, reader.id, "CONTRIBUTOR");
    expect(await roleOf(reader.id)).toBe("CONTRIBUTOR");
  });
  it("an unknown user is NOT_FOUND", async () => {
    expect((await refusal(changeUserRole(admin, "nosuchuser1", "EDITOR"))).code).toBe("NOT_FOUND");
  });
});
describe("banning and unbanning", () => {
  it("admin bans a reader: reason kept, pending comments rejected, audited; unbanning is audited too", async () => {
    const reader = await createUser();
    const article = await createArticle();
    const pending = await createComment({ articleId: article.id, userId: reader.id, status: "PENDING" });
    const now = new Date("2026-11-03T09:00:00Z");
    expect(await banUser(admin, reader.id, "Spam links", now)).toMatchObject({ rejectedComments: 1 });
    expect(await db.user.findUniqueOrThrow({ where: { id: reader.id } })).toMatchObject({ bannedAt: now, banReason: "Spam links" });
    expect((await db.comment.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe("REJECTED");
    expect((await refusal(banUser(admin, reader.id, "again"))).code).toBe("CONFLICT");
    await unbanUser(admin, reader.id);
    expect(await db.user.findUniqueOrThrow({ where: { id: reader.id } })).toMatchObject({ bannedAt: null, banReason: null });
    expect((await db.comment.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe("REJECTED");
    const events = await db.auditEvent.findMany({ where: { targetId: reader.id } });
    expect(events.map((e) => e.action).sort()).toEqual(["user.ban", "user.unban"]);
    const unban = events.find((e) => e.action === "user.unban");
    expect(JSON.parse(unban!.detail)).toEqual({ previousReason: "Spam links" });
    expect((await refusal(unbanUser(admin, reader.id))).code).toBe("CONFLICT");
  });
  it("an editor may ban a commenter", async () => {
    const editor = await createActor("EDITOR");
    const reader = await createUser();
    await banUser(editor, reader.id, "Threats");
    expect((await db.user.findUniqueOrThrow({ where: { id: reader.id } })).bannedAt).not.toBeNull();
  });
  it("nobody can ban themselves or someone who moderates", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const before = await databaseSnapshot();
    expect((await refusal(banUser(admin, admin.id, "me"))).message).toMatch(/yourself/);
    expect((await refusal(banUser(admin, editor.id, "colleague"))).message).toMatch(/cannot be banned/);
    expect(await databaseSnapshot()).toEqual(before);
  });
});
describe("who may manage users", () => {
  const staff: Role[] = ["READER", "CONTRIBUTOR", "EDITOR"];
  it.each(staff)("%s cannot change anyone's role; nothing changes", async (role) => {
    const actor = await createActor(role);
    const target = await createUser();
    const before = await databaseSnapshot();
    expect((await refusal(changeUserRole(actor, target.id, "ADMIN"))).code).toBe("FORBIDDEN");
    expect((await refusal(changeUserRole(actor, actor.id, "ADMIN"))).code).toBe("FORBIDDEN");
    expect(await databaseSnapshot()).toEqual(before);
  });
  it.each(["READER", "CONTRIBUTOR"] as const)("%s cannot ban or unban; nothing changes", async (role) => {
    const actor = await createActor(role);
    const target = await createUser();
    const banned = await createActor("READER", { banned: true });
    const before = await databaseSnapshot();
    expect((await refusal(banUser(actor, target.id, "because"))).code).toBe("FORBIDDEN");
    expect((await refusal(unbanUser(actor, banned.id))).code).toBe("FORBIDDEN");
    expect((await refusal(banUser(null, target.id, "because"))).code).toBe("FORBIDDEN");
    expect(await databaseSnapshot()).toEqual(before);
  });
});
