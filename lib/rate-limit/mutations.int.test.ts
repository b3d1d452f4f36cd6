import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/rate-limit/mutations";
import { MINUTE } from "@/lib/rate-limit/rules";

afterAll(() => db.$disconnect());

const RULES = [{ max: 3, windowMs: 10 * MINUTE, message: "Slow down." }] as const;

describe("consumeRateLimit", () => {
  it("lets as many through as the rule allows when the requests arrive at once, and records only those", async () => {
    const key = `at-once-${Date.now()}`;
    const outcomes = await Promise.allSettled(Array.from({ length: 8 }, () => consumeRateLimit("test:at-once", key, RULES)));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(3);
    const refused = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason as unknown] : []));
    expect(refused.every((e) => isAppError(e) && e.code === "RATE_LIMITED" && e.message === "Slow down.")).toBe(true);
    expect(await db.rateLimitEvent.count({ where: { bucket: "test:at-once", key } })).toBe(3);
  });

  it("counts each key apart", async () => {
    const stamp = Date.now();
    await consumeRateLimit("test:keys", `a-${stamp}`, RULES);
    await consumeRateLimit("test:keys", `a-${stamp}`, RULES);
    await consumeRateLimit("test:keys", `a-${stamp}`, RULES);
    await expect(consumeRateLimit("test:keys", `a-${stamp}`, RULES)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(consumeRateLimit("test:keys", `b-${stamp}`, RULES)).resolves.toBeUndefined();
  });
});
