/**
 * The shipped edge configuration (deploy/varnish/masthead.vcl behind lib/edge/vcl.ts's header),
 * run by a real Varnish in front of an origin whose answers each test chooses.
 */
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { digestKey } from "@/lib/cache/surrogate-keys.cjs";
import { publicPage, send, startTestEdge, startTestOrigin, until, type TestOrigin } from "@/test/edge";
import type { RunningVarnish } from "@/scripts/lib/varnish";

let origin: TestOrigin;
let edge: RunningVarnish;
const get = (path: string, options?: Parameters<typeof send>[2]) => send(edge.url, path, options);

beforeAll(async () => {
  origin = await startTestOrigin();
  // 127.0.0.3 plays a TLS terminator in front of the edge.
  edge = await startTestEdge([origin], { proxies: ["127.0.0.3"] });
});

afterAll(async () => {
  await edge?.stop();
  await origin?.stop();
});

describe("what the edge caches", () => {
  it("keeps a public page without the reader's cookies: a signed-in reader gets the copy everyone gets", async () => {
    const first = await get("/articles/first-story", { headers: { cookie: "next-auth.session-token=secret; masthead-signed-in=1" } });
    expect(first.status).toBe(200);
    expect(first.headers["x-cache"]).toBe("MISS");
    const seen = origin.seen.find((r) => r.url === "/articles/first-story");
    expect(seen?.headers.cookie, "the origin never sees a reader's cookie on a cacheable route").toBeUndefined();

    const visitor = await get("/articles/first-story");
    expect(visitor.headers["x-cache"]).toBe("HIT");
    expect(visitor.body).toBe(first.body);
    expect(origin.hits("/articles/first-story")).toBe(1);
    // The keys are the edge's business, not the reader's.
    expect(visitor.headers.xkey).toBeUndefined();
    expect(visitor.headers["surrogate-key"]).toBeUndefined();
  });

  it.each([
    ["/admin", {}],
    ["/admin/articles/abc", {}],
    ["/account", {}],
    ["/signin", {}],
    ["/api/viewer", {}],
    ["/api/auth/session", {}],
    ["/api/health", {}],
    ["/articles/first-story/discussion", {}],
    ["/search?q=chips", {}],
    ["/unsubscribe?token=x", {}],
    ["/no/such/route", {}],
    ["/articles/first-story", { method: "POST" }],
    ["/articles/first-story", { cookie: "__prerender_bypass=preview" }],
    ["/articles/first-story?_rsc=abc", { rsc: "1" }],
  ] as const)("passes %s %j to the origin with its cookies, every time", async (path, how) => {
    const method = "method" in how ? how.method : "GET";
    const headers: Record<string, string> = { cookie: "next-auth.session-token=secret" };
    if ("cookie" in how) headers.cookie = `${headers.cookie}; ${how.cookie}`;
    if ("rsc" in how) headers.rsc = how.rsc;
    const before = origin.seen.length;
    const one = await get(path, { method, headers });
    const two = await get(path, { method, headers });
    expect(one.headers["x-cache"]).toBe("PASS");
    expect(two.headers["x-cache"]).toBe("PASS");
    const reached = origin.seen.slice(before);
    expect(reached).toHaveLength(2);
    for (const request of reached) expect(request.headers.cookie).toBe(headers.cookie);
  });

  it("keys pages on `page` and `q` only: tracking parameters share one copy, and the origin gets the clean address", async () => {
    const a = await get("/sections/chips?utm_source=newsletter&page=2&fbclid=xyz&utm_medium=email");
    const b = await get("/sections/chips?page=2");
    const c = await get("/sections/chips?gclid=1&page=2#comments");
    const other = await get("/sections/chips?page=3&utm_campaign=x");
    expect([a, b, c, other].map((r) => r.headers["x-cache"])).toEqual(["MISS", "HIT", "HIT", "MISS"]);
    expect(origin.seen.filter((r) => r.url.startsWith("/sections/chips")).map((r) => r.url)).toEqual(["/sections/chips?page=2", "/sections/chips?page=3"]);
  });

  it("keeps nothing the origin marks private or no-store, sets a cookie on, or says nothing about", async () => {
    origin.answer("/tags/private", () => ({ headers: { "Cache-Control": "private, no-store" }, body: "mine" }));
    origin.answer("/tags/cookie", () => ({ headers: { "Cache-Control": "s-maxage=60", "Set-Cookie": "a=b" }, body: "cookie" }));
    origin.answer("/tags/silent", () => ({ status: 404, body: "Not found" }));
    for (const path of ["/tags/private", "/tags/cookie", "/tags/silent"]) {
      await get(path);
      expect((await get(path)).headers["x-cache"], path).not.toBe("HIT");
      expect(origin.hits(path), path).toBe(2);
    }
  });

  it("gzips a text page once, when it stores it, and unzips it for a client that cannot take gzip", async () => {
    origin.answer("/authors/long-read", () => publicPage("site author:/long-read", "<p>words</p>".repeat(2000)));
    const zipped = await get("/authors/long-read", { headers: { "accept-encoding": "gzip" } });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(Buffer.from(zipped.body, "latin1")).toString()).toBe("<p>words</p>".repeat(2000));
    const plain = await get("/authors/long-read");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe("<p>words</p>".repeat(2000));
    expect(plain.headers["x-cache"]).toBe("HIT");
    expect(origin.hits("/authors/long-read")).toBe(1);
  });
});

describe("purging", () => {
  it("forgets exactly the objects carrying a purged key, in either its plain or its digest form", async () => {
    origin.answer("/articles/purge-a", () => publicPage("site article:a", "a"));
    origin.answer("/articles/purge-b", () => publicPage(`site ${digestKey("article:b")}`, "b"));
    origin.answer("/articles/purge-c", () => publicPage("site article:c", "c"));
    for (const path of ["/articles/purge-a", "/articles/purge-b", "/articles/purge-c"]) await get(path);

    const purge = await get("/", { method: "PURGE", headers: { "xkey-purge": `article:a article:b ${digestKey("article:b")}` } });
    expect(purge.status).toBe(200);
    expect(purge.headers["x-purged"]).toBe("2");
    expect((await get("/articles/purge-a")).headers["x-cache"]).toBe("MISS");
    expect((await get("/articles/purge-b")).headers["x-cache"]).toBe("MISS");
    expect((await get("/articles/purge-c")).headers["x-cache"]).toBe("HIT");
  });

  it("refuses PURGE and BAN from an address outside the purge ACL, and forgets nothing", async () => {
    origin.answer("/articles/guarded", () => publicPage("site article:guarded", "guarded"));
    await get("/articles/guarded");
    const purge = await get("/", { method: "PURGE", headers: { "xkey-purge": "article:guarded site" }, localAddress: "127.0.0.2" });
    const ban = await get("/", { method: "BAN", localAddress: "127.0.0.2" });
    expect(purge.status).toBe(403);
    expect(ban.status).toBe(403);
    expect((await get("/articles/guarded")).headers["x-cache"]).toBe("HIT");
  });

  it("forgets everything on a BAN from the app servers", async () => {
    await get("/articles/banned-a");
    await get("/feed.xml");
    expect((await get("/", { method: "BAN" })).status).toBe(200);
    expect((await get("/articles/banned-a")).headers["x-cache"]).toBe("MISS");
    expect((await get("/feed.xml")).headers["x-cache"]).toBe("MISS");
  });
});

describe("the client's address", () => {
  it("appends the address it sees to X-Forwarded-For, so the right-most entry is the client whatever the client sent", async () => {
    await get("/signin", { headers: { "x-forwarded-for": "6.6.6.6" } });
    expect(origin.seen.at(-1)?.headers["x-forwarded-for"]).toBe("6.6.6.6, 127.0.0.1");
  });

  it("behind a trusted TLS terminator, keeps the client the terminator appended as the right-most entry", async () => {
    await get("/signin", { headers: { "x-forwarded-for": "6.6.6.6, 203.0.113.7" }, localAddress: "127.0.0.3" });
    expect(origin.seen.at(-1)?.headers["x-forwarded-for"]).toBe("6.6.6.6, 203.0.113.7");
    await get("/signin", { localAddress: "127.0.0.3" });
    expect(origin.seen.at(-1)?.headers["x-forwarded-for"]).toBeUndefined();
  });
});

describe("when the origin fails", () => {
  it("fetches a copy older than its stale-while-revalidate time afresh while the origin answers", async () => {
    origin.answer("/articles/short-lived", (_, n) => publicPage("site article:short", `version ${n}`, "s-maxage=1, stale-while-revalidate=1"));
    expect((await get("/articles/short-lived")).body).toBe("version 1");
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const later = await get("/articles/short-lived");
    expect(later.headers["x-cache"]).toBe("MISS");
    expect(later.body).toBe("version 2");
  });

  it("serves a stale copy, marked, when the origin answers 5xx; never replaces it with the error", async () => {
    origin.answer("/articles/flaky", (_, n) => (n === 1 ? publicPage("site article:flaky", "good copy", "s-maxage=1, stale-while-revalidate=1") : { status: 500, headers: { "Cache-Control": "private, no-store" }, body: "boom" }));
    await get("/articles/flaky");
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const stale = await get("/articles/flaky");
    expect(stale.status).toBe(200);
    expect(stale.body).toBe("good copy");
    expect(stale.headers["x-edge-stale"]).toBe("origin-error");
    expect((await get("/articles/flaky")).body).toBe("good copy");
  });

  it("answers a page it has no copy of with the 503 page when the origin answers 5xx", async () => {
    origin.answer("/articles/broken", () => ({ status: 500, headers: { "Cache-Control": "private, no-store" }, body: "boom" }));
    const response = await get("/articles/broken");
    expect(response.status).toBe(503);
    expect(response.headers["retry-after"]).toBe("30");
    expect(response.body).toContain("The Test Gazette is briefly unavailable");
  });

  describe("with the origin down", () => {
    beforeAll(async () => {
      origin.answer("/articles/kept", () => publicPage("site article:kept", "kept copy", "s-maxage=1, stale-while-revalidate=1"));
      await get("/articles/kept");
      await get("/articles/fresh");
      await new Promise((resolve) => setTimeout(resolve, 2500));
      await origin.stop();
    });
    afterAll(() => origin.start());

    it("serves cached pages, stale ones marked, before and after the health probe notices", async () => {
      const beforeProbe = await get("/articles/kept");
      expect(beforeProbe.status).toBe(200);
      expect(beforeProbe.body).toBe("kept copy");
      expect(beforeProbe.headers["x-edge-stale"]).toMatch(/^origin-(error|down)$/);
      expect((await get("/articles/fresh")).status).toBe(200);

      await until(async () => (await get("/articles/kept")).headers["x-edge-stale"] === "origin-down", "the probe marks the origin sick");
      const afterProbe = await get("/articles/kept");
      expect(afterProbe.status).toBe(200);
      expect(afterProbe.body).toBe("kept copy");
    });

    it("answers personal routes and pages it never cached with a clear 503 page", async () => {
      for (const path of ["/account", "/signin", "/articles/never-cached"]) {
        const response = await get(path);
        expect(response.status, path).toBe(503);
        expect(response.headers["retry-after"]).toBe("30");
        expect(response.headers["cache-control"]).toBe("no-store");
        expect(response.body).toContain("The Test Gazette is briefly unavailable");
      }
    });
  });
});

describe("several app servers", () => {
  it("spreads requests over the healthy ones and leaves one out while its health probe fails", async () => {
    const [a, b] = await Promise.all([startTestOrigin(), startTestOrigin()]);
    const pair = await startTestEdge([a, b]);
    try {
      for (let i = 0; i < 6; i++) await send(pair.url, "/account");
      expect(a.hits("/account")).toBe(3);
      expect(b.hits("/account")).toBe(3);

      await a.stop();
      await until(async () => {
        const answers = await Promise.all([1, 2, 3, 4].map(() => send(pair.url, "/account")));
        return answers.every((r) => r.status === 200);
      }, "the edge stops sending requests to the stopped server");
      const before = b.hits("/account");
      for (let i = 0; i < 4; i++) expect((await send(pair.url, "/account")).status).toBe(200);
      expect(b.hits("/account")).toBe(before + 4);
    } finally {
      await pair.stop();
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  it("sends a read that one server fails to answer to the other at once, before the probe notices; never a POST", async () => {
    const [a, b] = await Promise.all([startTestOrigin(), startTestOrigin()]);
    // Probes a minute apart: the stopped server stays "healthy" for the whole test.
    const pair = await startTestEdge([a, b], { probeIntervalSeconds: 60 });
    try {
      await send(pair.url, "/account");
      await send(pair.url, "/account");
      await a.stop();
      const reads = await Promise.all([1, 2, 3, 4].map(() => send(pair.url, "/account")));
      expect(reads.map((r) => r.status)).toEqual([200, 200, 200, 200]);
      const posts = [];
      for (let i = 0; i < 4; i++) posts.push(await send(pair.url, "/articles/first-story", { method: "POST" }));
      expect(posts.map((r) => r.status).sort()).toEqual([200, 200, 503, 503]);
    } finally {
      await pair.stop();
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  it("reads a page or an API answer again when its server dies half-way through it: the reader never gets it cut off", async () => {
    const [a, b] = await Promise.all([startTestOrigin(), startTestOrigin()]);
    const pair = await startTestEdge([a, b], { probeIntervalSeconds: 60 });
    const whole = "0123456789".repeat(200);
    for (const origin of [a, b]) {
      const dies = origin === a;
      origin.answer("/api/viewer", () => ({ headers: { "Cache-Control": "private, no-store", "Content-Type": "application/json" }, body: whole, dies }));
      origin.answer("/articles/half", () => ({ ...publicPage("site article:half", whole), dies }));
    }
    try {
      for (const path of ["/api/viewer", "/api/viewer", "/articles/half"]) {
        const response = await send(pair.url, path);
        expect(response.status, path).toBe(200);
        expect(response.body, path).toBe(whole);
      }
      expect(a.hits("/api/viewer") + a.hits("/articles/half"), "the server that died was asked").toBeGreaterThan(0);
    } finally {
      await pair.stop();
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});
