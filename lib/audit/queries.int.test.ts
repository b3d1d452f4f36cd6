import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { AUDIT_PER_PAGE, listAuditEvents, listAuditTargetTypes } from "@/lib/audit/queries";
import { createActor, createUser } from "@/test/factories";

afterAll(() => db.$disconnect());

let editor: Actor;
const base = Date.UTC(2026, 0, 1);

beforeAll(async () => {
  editor = await createActor("EDITOR");
  const named = await createUser({ name: "Rita Editor" });
  await db.auditEvent.create({ data: { actorId: named.id, action: "user.ban", targetType: "user", targetId: "u1", detail: '{"reason":"spam"}', createdAt: new Date(base + 1000) } });
  await db.auditEvent.create({ data: { actorId: null, action: "article.publish", targetType: "article", targetId: "a1", createdAt: new Date(base + 2000) } });
  for (let i = 0; i < 55; i++) {
    await db.auditEvent.create({ data: { actorId: editor.id, action: "comment.approve", targetType: "comment", targetId: `c${i}`, createdAt: new Date(base + 3000 + i) } });
  }
});

const page = (filters: Partial<{ action: string; targetType: string; page: number }> = {}) =>
  listAuditEvents(editor, { action: "", targetType: "", page: 1, ...filters });

describe("the audit log", () => {
  it("is newest first, 50 a page", async () => {
    const first = await page();
    expect(first).toMatchObject({ total: 57, totalPages: 2 });
    expect(first.items).toHaveLength(AUDIT_PER_PAGE);
    expect(first.items[0]?.targetId).toBe("c54");
    const second = await page({ page: 2 });
    expect(second.items.map((e) => e.action).slice(-2)).toEqual(["article.publish", "user.ban"]);
  });

  it("names the actor, or none for the system", async () => {
    const [ban] = (await page({ action: "user." })).items;
    expect(ban).toMatchObject({ actorName: "Rita Editor", action: "user.ban", detail: '{"reason":"spam"}' });
    const [publish] = (await page({ targetType: "article" })).items;
    expect(publish).toMatchObject({ actorName: null, action: "article.publish", targetId: "a1" });
  });

  it("filters by action prefix and target type together", async () => {
    expect((await page({ action: "comment", targetType: "comment" })).total).toBe(55);
    expect((await page({ action: "comment", targetType: "user" })).total).toBe(0);
    expect(await listAuditTargetTypes(editor)).toEqual(["article", "comment", "user"]);
  });

  it.each(["READER", "CONTRIBUTOR"] as const)("%s cannot read the log", async (role) => {
    const actor = await createActor(role);
    await expect(listAuditEvents(actor, { action: "", targetType: "", page: 1 })).rejects.toBeInstanceOf(AppError);
    await expect(listAuditTargetTypes(actor)).rejects.toBeInstanceOf(AppError);
  });
});
