import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { USERS_PER_PAGE, listUsers } from "@/lib/users/admin-queries";
import { createActor, createUser } from "@/test/factories";

afterAll(() => db.$disconnect());

let admin: Actor;

beforeAll(async () => {
  admin = await createActor("ADMIN");
  for (let i = 0; i < 30; i++) await createUser({ email: `bulk-${i}@crowd.example`, name: `Crowd Member ${i}` });
  await createUser({ email: "grace@navy.example", name: "Grace Hopper", role: "EDITOR" });
});

const search = (q: string, page = 1, role: "EDITOR" | null = null) => listUsers(admin, { q, role, page });

describe("listing users", () => {
  it("finds users by part of their email or name, ignoring case", async () => {
    expect((await search("NAVY.example")).items.map((u) => u.email)).toEqual(["grace@navy.example"]);
    const byName = await search("grace hop");
    expect(byName.items).toHaveLength(1);
    expect(byName.items[0]).toMatchObject({ name: "Grace Hopper", role: "EDITOR", bannedAt: null });
  });

  it("narrows by role", async () => {
    const editors = await search("", 1, "EDITOR");
    expect(new Set(editors.items.map((u) => u.role))).toEqual(new Set(["EDITOR"]));
    expect(editors.items.map((u) => u.email)).toContain("grace@navy.example");
  });

  it("pages 25 at a time, newest accounts first", async () => {
    const first = await search("crowd.example");
    expect(first).toMatchObject({ total: 30, page: 1, totalPages: 2 });
    expect(first.items).toHaveLength(USERS_PER_PAGE);
    const second = await search("crowd.example", 2);
    expect(second.items).toHaveLength(5);
    const all = [...first.items, ...second.items];
    expect(new Set(all.map((u) => u.id)).size).toBe(30);
    const times = all.map((u) => u.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it.each(["READER", "CONTRIBUTOR", "EDITOR"] as const)("%s cannot list users", async (role) => {
    const actor = await createActor(role);
    await expect(listUsers(actor, { q: "", role: null, page: 1 })).rejects.toBeInstanceOf(AppError);
  });
});
