import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { POST } from "@/app/api/auth/[...nextauth]/route";

afterAll(() => db.$disconnect());
afterEach(() => vi.restoreAllMocks());

const ctx = { params: Promise.resolve({ nextauth: ["_log"] }) };

function logPost(origin: string, body: string) {
  return new Request(`${env.SITE_URL}/api/auth/_log`, {
    method: "POST",
    headers: { Origin: origin, "Content-Type": "application/x-www-form-urlencoded" },
    body,
  });
}

describe("next-auth's client logger endpoint", () => {
  it("is closed: a same-site post of a forged error is a 404 and writes nothing to the log", async () => {
    const out = vi.spyOn(console, "log").mockImplementation(() => {});
    const err = vi.spyOn(console, "error").mockImplementation(() => {});
    const forged = new URLSearchParams({ code: `auth.error ${"x".repeat(100_000)}`, level: "error", metadata: "{}" }).toString();
    const response = await POST(logPost(new URL(env.SITE_URL).origin, forged), ctx);
    expect(response.status).toBe(404);
    const written = [...out.mock.calls, ...err.mock.calls].map((c) => String(c[0]));
    expect(written.filter((line) => line.includes("auth.error") || line.includes("xxxx"))).toEqual([]);
  });

  it("still refuses a foreign origin first", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await POST(logPost("https://evil.example", "code=x"), ctx);
    expect(response.status).toBe(403);
  });
});
