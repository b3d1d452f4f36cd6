import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createUser } from "@/test/factories";

// The request the action runs in: no headers but the session cookie set by each test.
let sessionToken: string | undefined;
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({
    get: (name: string) => (sessionToken && name.endsWith("next-auth.session-token") ? { name, value: sessionToken } : undefined),
  }),
}));

const { createAction } = await import("@/lib/action");

async function signInAs(role: "READER" | "EDITOR") {
  const user = await createUser({ role });
  sessionToken = randomBytes(16).toString("hex");
  await db.session.create({ data: { sessionToken, userId: user.id, expires: new Date(Date.now() + 3600_000) } });
  return user;
}

const handler = vi.fn(async (_input: { title: string }, _actor: Actor) => ({ message: "Done.", data: undefined }));
const publishAction = createAction({
  schema: z.object({ title: z.string().min(5, "Titles are at least 5 characters.") }),
  permission: "article:publish",
  handler,
});

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

describe("createAction checks who is asking before what they sent", () => {
  beforeEach(() => {
    sessionToken = undefined;
    handler.mockClear();
  });

  it("a signed-out visitor with bad input is asked to sign in and learns nothing about the input rules", async () => {
    const result = await publishAction(null, form({ title: "x" }));
    expect(result).toMatchObject({ ok: false, message: "Please sign in first.", fieldErrors: {} });
    expect(handler).not.toHaveBeenCalled();
  });

  it("a reader with bad input is refused without field errors", async () => {
    await signInAs("READER");
    const result = await publishAction(null, form({ title: "x" }));
    expect(result).toMatchObject({ ok: false, message: "You are not allowed to do that.", fieldErrors: {} });
    expect(handler).not.toHaveBeenCalled();
  });

  it("an editor with bad input is told what to correct, and the form keeps the values", async () => {
    await signInAs("EDITOR");
    const result = await publishAction(null, form({ title: "x" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { title: ["Titles are at least 5 characters."] }, values: { title: "x" } });
    expect(handler).not.toHaveBeenCalled();
  });

  it("an editor with good input runs the handler, which acts as that editor", async () => {
    const editor = await signInAs("EDITOR");
    expect(await publishAction(null, form({ title: "A good title" }))).toMatchObject({ ok: true, message: "Done." });
    expect(handler).toHaveBeenCalledOnce();
    expect(handler.mock.calls[0]?.[1]).toMatchObject({ id: editor.id, role: "EDITOR", banned: false });
  });

  it("a public action runs for a signed-out visitor, with no actor", async () => {
    const publicHandler = vi.fn(async (_input: object, _actor: Actor | null) => ({ message: "Sent.", data: undefined }));
    const publicAction = createAction({ schema: z.object({}), permission: "public", handler: publicHandler });
    expect(await publicAction(null, form({}))).toMatchObject({ ok: true, message: "Sent." });
    expect(publicHandler.mock.calls[0]?.[1]).toBeNull();
  });

  it("when the database does not answer, even to look up the session, the form says so and keeps what was typed", async () => {
    await signInAs("EDITOR");
    // What Prisma throws when the database server cannot be reached (a PostgreSQL host down).
    const unreachable = Object.assign(new Error("Can't reach database server at 10.0.0.5:5432"), { code: "P1001" });
    vi.spyOn(db.session, "findUnique").mockRejectedValueOnce(unreachable);
    const result = await publishAction(null, form({ title: "A good title" }));
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/too busy to save/), values: { title: "A good title" } });
    expect(handler).not.toHaveBeenCalled();
  });
});
