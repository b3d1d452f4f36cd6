import { describe, expect, it } from "vitest";
import { createVerdictCache } from "@/lib/health/verdict-cache";

function counted(answers: boolean[]) {
  const calls = { n: 0 };
  const check = async () => answers[Math.min(calls.n++, answers.length - 1)]!;
  return { calls, check };
}

describe("createVerdictCache", () => {
  it("checks once per period however often it is asked", async () => {
    let clock = 0;
    const { calls, check } = counted([true, false]);
    const cache = createVerdictCache(check, { ttlMs: 1000, now: () => clock });
    expect(await cache.get()).toBe(true);
    clock = 999;
    expect(await cache.get()).toBe(true);
    expect(calls.n).toBe(1);
    clock = 1000;
    expect(await cache.get()).toBe(false);
    expect(calls.n).toBe(2);
  });

  it("lets callers who ask during a check share it", async () => {
    const { calls, check } = counted([true]);
    const cache = createVerdictCache(check, { ttlMs: 1000, now: () => 0 });
    expect(await Promise.all([cache.get(), cache.get(), cache.get()])).toEqual([true, true, true]);
    expect(calls.n).toBe(1);
  });

  it("takes a verdict learnt another way at once, without a check", async () => {
    let clock = 0;
    const { calls, check } = counted([true, true]);
    const cache = createVerdictCache(check, { ttlMs: 1000, now: () => clock });
    expect(await cache.get()).toBe(true);
    clock = 10;
    cache.set(false);
    expect(await cache.get()).toBe(false);
    expect(calls.n).toBe(1);
    clock = 1010;
    expect(await cache.get()).toBe(true);
  });

  it("counts a check that throws as no", async () => {
    const cache = createVerdictCache(() => Promise.reject(new Error("refused")), { ttlMs: 1000, now: () => 0 });
    expect(await cache.get()).toBe(false);
  });
});
