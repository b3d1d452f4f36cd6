import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET } from "@/app/api/health/route";

afterAll(() => db.$disconnect());

describe("/api/health", () => {
  it("reports the database reachable and the newest applied migration", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as { status: string; database: string; migration: string };
    expect(body.status).toBe("ok");
    expect(body.database).toBe("ok");
    expect(body.migration).toMatch(/^\d{14}_/);
  });
});
