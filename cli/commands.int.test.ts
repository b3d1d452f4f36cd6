import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { run } from "@/cli/commands";
import { createArticle, createUser } from "@/test/factories";

afterAll(() => db.$disconnect());

let out: string[];
let err: string[];
beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void out.push(a.join(" ")));
  vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void err.push(a.join(" ")));
});

describe("npx masthead", () => {
  it("prints help with --help and exits 0; no command is a usage error", async () => {
    expect(await run(["--help"])).toBe(0);
    expect(out.join("\n")).toMatch(/users:add <email>/);
    expect(await run([])).toBe(2);
  });

  it("users:add creates a login with a role, and refuses a duplicate", async () => {
    expect(await run(["users:add", "New.Editor@Example.com", "--role", "editor"])).toBe(0);
    const user = await db.user.findUniqueOrThrow({ where: { email: "new.editor@example.com" } });
    expect(user.role).toBe("EDITOR");
    expect(await db.auditEvent.count({ where: { targetId: user.id, action: "user.create" } })).toBe(1);
    expect(await run(["users:add", "new.editor@example.com"])).toBe(1);
    expect(err.join("\n")).toMatch(/already exists/);
  });

  it("rejects bad input with exit code 2 and a clear message", async () => {
    expect(await run(["users:add", "not-an-email"])).toBe(2);
    expect(err.join("\n")).toMatch(/not a valid email address/);
    expect(await run(["users:add", "x@example.com", "--role", "OWNER"])).toBe(2);
    expect(err.join("\n")).toMatch(/Unknown role "OWNER"/);
    expect(await run(["users:frobnicate"])).toBe(2);
  });

  it("users:role changes a role but never removes the last admin", async () => {
    const reader = await createUser({ email: "promote@example.com" });
    expect(await run(["users:role", "promote@example.com", "CONTRIBUTOR"])).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: reader.id } })).role).toBe("CONTRIBUTOR");
    expect(await run(["users:role", "nobody@example.com", "EDITOR"])).toBe(1);

    await db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "EDITOR" } });
    await createUser({ email: "only-admin@example.com", role: "ADMIN" });
    expect(await run(["users:role", "only-admin@example.com", "READER"])).toBe(1);
    expect(err.join("\n")).toMatch(/last admin/);
    expect((await db.user.findUniqueOrThrow({ where: { email: "only-admin@example.com" } })).role).toBe("ADMIN");
  });

  it("publish-due publishes what is due and nothing else", async () => {
    const due = await createArticle({ status: "SCHEDULED", scheduledAt: new Date(Date.now() - 1000) });
    const later = await createArticle({ status: "SCHEDULED", scheduledAt: new Date(Date.now() + 3_600_000) });
    expect(await run(["publish-due"])).toBe(0);
    expect(out.join("\n")).toContain(due.slug);
    expect((await db.article.findUniqueOrThrow({ where: { id: due.id } })).status).toBe("PUBLISHED");
    expect((await db.article.findUniqueOrThrow({ where: { id: later.id } })).status).toBe("SCHEDULED");
  });
});

describe("npx masthead import", () => {
  const fixtures = path.resolve("test/fixtures/imports");

  it("lists import in --help", async () => {
    expect(await run(["--help"])).toBe(0);
    expect(out.join("\n")).toMatch(/import wordpress <export\.xml>[\s\S]*--media <folder-or-url>[\s\S]*--dry-run/);
  });

  it("refuses bad usage with exit code 2", async () => {
    expect(await run(["import", "joomla", "x.xml"])).toBe(2);
    expect(err.join("\n")).toMatch(/import needs a source/);
    expect(await run(["import", "wordpress"])).toBe(2);
    expect(await run(["import", "wordpress", "a.xml", "--media"])).toBe(2);
    expect(err.join("\n")).toMatch(/--media needs a value/);
    expect(await run(["import", "wordpress", "a.xml", "--frobnicate"])).toBe(2);
  });

  it("a missing or damaged file exits 1 with the reason", async () => {
    expect(await run(["import", "wordpress", "/no/such/export.xml"])).toBe(1);
    expect(err.join("\n")).toContain("/no/such/export.xml: no such file.");
    expect(await run(["import", "ghost", path.join(fixtures, "wordpress/export.xml")])).toBe(1);
    expect(err.join("\n")).toMatch(/export\.xml is XML, not a Ghost export/);
  });

  it("a dry run prints the plan as JSON and writes nothing; the import then writes it", async () => {
    const before = await db.article.count();
    const args = ["import", "ghost", path.join(fixtures, "ghost/export.json"), "--media", path.join(fixtures, "ghost/images")];
    expect(await run([...args, "--dry-run", "--json"])).toBe(0);
    const dry = JSON.parse(out.join("\n")) as { dryRun: boolean; counts: { posts: { created: number } } };
    expect(dry).toMatchObject({ dryRun: true, counts: { posts: { created: 11 } } });
    expect(await db.article.count()).toBe(before);
    out.length = 0;
    expect(await run(args)).toBe(0);
    expect(out.join("\n")).toMatch(/^posts +11 +0 +0 +1$/m);
    expect(await db.article.count()).toBe(before + 11);
  }, 60_000);
});
