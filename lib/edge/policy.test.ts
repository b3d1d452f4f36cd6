import { describe, expect, it } from "vitest";
import { caughtUpRefreshMs, edgeHealth, needsFullBan, retryDelayMs } from "@/lib/edge/policy";

const WEEK = 7 * 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

describe("needsFullBan", () => {
  const now = 10 * WEEK;

  it("bans an edge never purged before", () => {
    expect(needsFullBan(null, now, WEEK)).toBe(true);
    expect(needsFullBan({ caughtUpAt: 0 }, now, WEEK)).toBe(true);
  });

  it("does not ban an edge that was caught up within the log's keep time", () => {
    expect(needsFullBan({ caughtUpAt: now - 1000 }, now, WEEK)).toBe(false);
    expect(needsFullBan({ caughtUpAt: now - (WEEK - 2 * HOUR) }, now, WEEK)).toBe(false);
  });

  it("bans an edge unreachable for longer than the log keeps, counting how stale the record may be", () => {
    expect(needsFullBan({ caughtUpAt: now - WEEK - 1 }, now, WEEK)).toBe(true);
    expect(needsFullBan({ caughtUpAt: now - (WEEK - HOUR) - 1 }, now, WEEK)).toBe(true);
    expect(caughtUpRefreshMs(WEEK)).toBe(HOUR);
    expect(caughtUpRefreshMs(1000)).toBe(250);
  });
});

describe("retryDelayMs", () => {
  const backoff = { firstMs: 250, maxMs: 30_000 };

  it("doubles from the first delay up to the longest", () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, backoff, 0.5))).toEqual([250, 500, 1000, 2000]);
    expect(retryDelayMs(9, backoff, 0.5)).toBe(30_000);
    expect(retryDelayMs(500, backoff, 0.5)).toBe(30_000);
  });

  it("spreads each delay by at most a fifth either way", () => {
    expect(retryDelayMs(3, backoff, 0)).toBe(800);
    expect(retryDelayMs(3, backoff, 0.999)).toBeLessThanOrEqual(1200);
  });
});

describe("edgeHealth", () => {
  const now = Date.UTC(2026, 11, 1, 12);
  const state = { edge: "http://10.0.0.5", position: 40, caughtUpAt: now - 500, lastLagMs: 12.4, lastPurgedAt: now - 500, failingSince: null, lastError: null };

  it("reports an edge answering, its last lag and nothing pending", () => {
    expect(edgeHealth(0, state, { count: 0, oldestAt: null }, now)).toEqual({
      edge: 1,
      status: "ok",
      pending: 0,
      pendingForMs: null,
      lastLagMs: 12,
      lastPurgedAt: new Date(now - 500).toISOString(),
      failingSince: null,
    });
  });

  it("reports a failing edge with what waits for it and for how long, and an edge never reached as unknown", () => {
    const failing = edgeHealth(1, { ...state, failingSince: now - 60_000 }, { count: 3, oldestAt: now - 61_000 }, now);
    expect(failing).toMatchObject({ edge: 2, status: "failing", pending: 3, pendingForMs: 61_000, failingSince: new Date(now - 60_000).toISOString() });
    expect(edgeHealth(0, null, { count: 7, oldestAt: now - 10 }, now)).toMatchObject({ status: "unknown", pending: 7, lastLagMs: null, lastPurgedAt: null });
  });
});
