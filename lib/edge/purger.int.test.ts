/**
 * The purger against real Varnish edges running the shipped VCL: what it purges, where it keeps
 * its position, how it retries, when it bans.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { invalidateTags } from "@/lib/cache/invalidate";
import { EdgePurger } from "@/lib/edge/purger";
import { getEdgePurgeState, getNewestInvalidation, listEdgeHealth } from "@/lib/edge/queries";
import type { RunningVarnish } from "@/scripts/lib/varnish";
import { send, startLink, startTestEdge, startTestOrigin, until, type NetworkLink, type TestOrigin } from "@/test/edge";

let origin: TestOrigin;
let edge: RunningVarnish;
let second: RunningVarnish;

beforeAll(async () => {
  origin = await startTestOrigin();
  [edge, second] = await Promise.all([startTestEdge([origin]), startTestEdge([origin])]);
});

afterAll(async () => {
  await Promise.all([edge?.stop(), second?.stop()]);
  await origin?.stop();
  await db.$disconnect();
});

/** What the edge answers for `path` now (asking also caches it again). */
const cacheState = async (at: RunningVarnish, path: string) => (await send(at.url, path)).headers["x-cache"];
/** The origin tags its page at `path` `page:<path>` (test/edge.ts). */
const tagOf = (path: string) => `page:${path}`;
const newestSeq = async () => (await getNewestInvalidation())?.seq ?? 0;

describe("the edge purger", () => {
  it("tells an edge it never purged before to forget everything first, then stores its position", async () => {
    await invalidateTags(["before-any-edge"]);
    for (const path of ["/articles/old-a", "/articles/old-b"]) await cacheState(edge, path);
    await new EdgePurger({ edges: [edge.url] }).request();
    expect(await cacheState(edge, "/articles/old-a")).toBe("MISS");
    expect(await cacheState(edge, "/articles/old-b")).toBe("MISS");
    expect((await getEdgePurgeState(edge.url))?.position).toBe(await newestSeq());
  });

  it("purges each new invalidation at every edge, and nothing else", async () => {
    const purger = new EdgePurger({ edges: [edge.url, second.url] });
    await purger.request();
    for (const at of [edge, second]) for (const path of ["/articles/p1", "/articles/p2"]) await cacheState(at, path);

    await invalidateTags([tagOf("/articles/p1"), "nothing-cached-carries-this"]);
    await purger.request();
    for (const at of [edge, second]) {
      expect(await cacheState(at, "/articles/p1")).toBe("MISS");
      expect(await cacheState(at, "/articles/p2")).toBe("HIT");
      const state = await getEdgePurgeState(at.url);
      expect(state).toMatchObject({ position: await newestSeq(), failingSince: null, lastError: null });
      expect(state?.lastLagMs).toBeGreaterThanOrEqual(0);
    }
    expect(await listEdgeHealth([edge.url, second.url])).toMatchObject([
      { edge: 1, status: "ok", pending: 0, pendingForMs: null },
      { edge: 2, status: "ok", pending: 0, pendingForMs: null },
    ]);

    // Nothing new: nothing is purged again.
    await purger.request();
    expect(await cacheState(edge, "/articles/p1")).toBe("HIT");
  });

  it("carries on from the stored position after a restart: what was purged is not purged again", async () => {
    const before = new EdgePurger({ edges: [edge.url] });
    await before.request();
    for (const path of ["/articles/p3", "/articles/p4"]) await cacheState(edge, path);
    await invalidateTags([tagOf("/articles/p3")]);
    await before.request();
    expect(await cacheState(edge, "/articles/p3")).toBe("MISS");
    await before.stop();

    await invalidateTags([tagOf("/articles/p4")]);
    const after = new EdgePurger({ edges: [edge.url] });
    await after.request();
    expect(await cacheState(edge, "/articles/p4")).toBe("MISS");
    expect(await cacheState(edge, "/articles/p3"), "p3's purge is not repeated, nor is anything banned").toBe("HIT");
  });

  describe("an edge that stops answering", () => {
    let link: NetworkLink;
    beforeAll(async () => {
      link = await startLink(edge.port);
    });
    afterAll(() => link.close());

    it("keeps the writes, reports the edge failing, retries with a growing wait and purges them once it answers", async () => {
      const purger = new EdgePurger({ edges: [link.url], pollMs: 100, backoff: { firstMs: 100, maxMs: 400 }, timeoutMs: 1000 });
      await purger.request();
      await cacheState(edge, "/articles/p5");
      link.cut();
      await invalidateTags([tagOf("/articles/p5")]);
      purger.start();
      try {
        await until(async () => (await getEdgePurgeState(link.url))?.failingSince != null, "the purger records the failure");
        const [health] = await listEdgeHealth([link.url]);
        expect(health).toMatchObject({ status: "failing", pending: 1 });
        expect((await getEdgePurgeState(link.url))?.lastError).toMatch(/PURGE http:\/\/127\.0\.0\.1:\d+ failed/);
        expect(await cacheState(edge, "/articles/p5"), "nothing reached the edge").toBe("HIT");

        link.restore();
        const target = await newestSeq();
        await until(async () => {
          const state = await getEdgePurgeState(link.url);
          return state?.position === target && state.failingSince === null;
        }, "the purger delivers the waiting purge");
        expect(await cacheState(edge, "/articles/p5")).toBe("MISS");
        expect(await listEdgeHealth([link.url])).toMatchObject([{ status: "ok", pending: 0 }]);
      } finally {
        link.restore();
        await purger.stop();
      }
    });

    it("bans everything when the edge was unreachable for longer than the log keeps its rows", async () => {
      const keepMs = 1500;
      const purger = new EdgePurger({ edges: [link.url], keepMs, timeoutMs: 1000 });
      await purger.request();
      for (const path of ["/articles/p6", "/articles/p7"]) await cacheState(edge, path);
      link.cut();
      await invalidateTags([tagOf("/articles/p6")]);
      await purger.request();
      expect((await getEdgePurgeState(link.url))?.failingSince).not.toBeNull();
      const caughtUpAt = (await getEdgePurgeState(link.url))!.caughtUpAt;
      await until(() => Date.now() - caughtUpAt > keepMs, "longer than the log keeps has passed");
      link.restore();

      // A restarted server finds the edge's record too old.
      await new EdgePurger({ edges: [link.url], keepMs }).request();
      expect(await cacheState(edge, "/articles/p6")).toBe("MISS");
      expect(await cacheState(edge, "/articles/p7"), "a page no row names is forgotten too").toBe("MISS");
      expect(await getEdgePurgeState(link.url)).toMatchObject({ position: await newestSeq(), failingSince: null });
    });
  });

  it("records a purge the edge refuses (this address is not in its purge ACL) as a failure that says why", async () => {
    const strict = await startTestEdge([origin], { purgers: ["127.0.0.2"] });
    try {
      await new EdgePurger({ edges: [strict.url] }).request();
      const state = await getEdgePurgeState(strict.url);
      expect(state?.failingSince).not.toBeNull();
      expect(state?.lastError).toContain("not in the edge's purge ACL");
      expect(await listEdgeHealth([strict.url])).toMatchObject([{ status: "failing" }]);
    } finally {
      await strict.stop();
    }
  });
});
