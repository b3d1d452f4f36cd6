/**
 * The page cache's handler (cache-handler.cjs) as Next.js drives it: a page stored and read back
 * through the memory cache.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { invalidateTags } from "@/lib/cache/invalidate";

const require = createRequire(import.meta.url);
type Entry = { value: { html: string; rscData: Buffer; segmentData: Map<string, Buffer>; headers: Record<string, unknown> } };
interface Handler {
  set(key: string, data: unknown, ctx: unknown): Promise<void>;
  get(key: string, ctx: unknown): Promise<Entry | null>;
}
const Handler = require("./cache-handler.cjs") as { new (ctx: unknown): Handler; memoryCache?: { get(key: string): Entry | undefined } };

afterAll(() => db.$disconnect());

const handler = new Handler({
  fs,
  flushToDisk: false,
  serverDistDir: fs.mkdtempSync(path.join(os.tmpdir(), "masthead-cache-")),
  revalidatedTags: [],
  maxMemoryCacheSize: 10 * 1024 * 1024,
});

/** Small buffers the way a render makes them: cut from Node's shared pool. */
function pooled(text: string): Buffer {
  const bytes = Buffer.from(text);
  expect(bytes.buffer.byteLength, "a small Buffer.from() shares a pool slab").toBeGreaterThan(bytes.byteLength);
  return bytes;
}

const pageRead = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false };
const pageStore = { cacheControl: { revalidate: 60, expire: 3600 }, isRoutePPREnabled: false, isFallback: false, tags: [] };

/** A page as a render hands it to the cache, carrying `tags`. */
function renderedPage(text: string, tags: string[]) {
  return { kind: "APP_PAGE", html: `<!DOCTYPE html><html><body>${text}</body></html>`, rscData: Buffer.from(text), segmentData: new Map(), headers: { "x-next-cache-tags": tags.join(",") }, status: 200 };
}

/** Lets the clock move past the last invalidation, as it does between real requests. */
const nextMillisecond = () => new Promise((resolve) => setTimeout(resolve, 2));

describe("the page cache", () => {
  it("stores a page's small buffers as copies that own their bytes, and serves the page back with its security headers", async () => {
    const segments = new Map([
      ["/_tree", pooled("tree segment")],
      ["/_full", pooled("full segment")],
    ]);
    const page = { kind: "APP_PAGE", html: "<!DOCTYPE html><html><body><script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>", rscData: pooled("0:rsc"), segmentData: segments, headers: {}, status: 200 };
    await handler.set("/articles/cached", page, pageStore);

    const stored = Handler.memoryCache?.get("/articles/cached")?.value;
    expect(stored).toBeDefined();
    for (const [segment, bytes] of stored!.segmentData) {
      expect(bytes.buffer.byteLength, `${segment} owns its bytes`).toBe(bytes.byteLength);
      expect(bytes.toString()).toBe(segments.get(segment)!.toString());
    }
    expect(stored!.rscData.buffer.byteLength).toBe(stored!.rscData.byteLength);
    expect(stored!.rscData.toString()).toBe("0:rsc");

    const served = await handler.get("/articles/cached", pageRead);
    expect(served?.value.html).toBe(page.html);
    expect(served?.value.headers["content-security-policy"]).toEqual([expect.stringContaining("default-src 'self'"), expect.stringMatching(/script-src 'self' 'sha256-/)]);
  });

  it("does not keep a page whose render began before one of its tags was invalidated, and keeps the next render", async () => {
    const key = "/articles/raced";
    const tags = ["site", "article:raced"];
    expect(await handler.get(key, pageRead), "a miss: the render begins").toBeNull();
    await invalidateTags(["article:raced"]); // the story changes while the render reads it
    const stale = renderedPage("before the change", tags);
    await handler.set(key, stale, pageStore);
    // The next request comes later than the change was learned (a render that begins in the same
    // millisecond is not kept either: it cannot be told from one that began before).
    await nextMillisecond();
    expect(await handler.get(key, pageRead), "the render that may have read the old story is not kept").toBeNull();
    expect(stale.headers, "the response being sent still gets its security headers").toHaveProperty("content-security-policy");

    await handler.set(key, renderedPage("after the change", tags), pageStore);
    expect((await handler.get(key, pageRead))?.value.html).toContain("after the change");
  });

  it("keeps a page rendered while a tag it does not carry was invalidated", async () => {
    const key = "/articles/unrelated";
    expect(await handler.get(key, pageRead)).toBeNull();
    await invalidateTags(["article:someone-else"]);
    await handler.set(key, renderedPage("unaffected", ["site", "article:unrelated"]), pageStore);
    expect((await handler.get(key, pageRead))?.value.html).toContain("unaffected");
  });

  describe("a change made on another host, whose clock is not this one's", () => {
    const minutes = 10 * 60_000;
    /** A row of the log as another app server writes it: dated by its own clock. */
    const writtenElsewhere = (tag: string, clockOffsetMs: number) => db.cacheInvalidation.create({ data: { tag, invalidatedAt: Date.now() + clockOffsetMs } });

    it("expires a page this host rendered before the change, though the other clock is behind", async () => {
      const key = "/articles/behind";
      expect(await handler.get(key, pageRead)).toBeNull();
      await handler.set(key, renderedPage("before the change", ["article:behind"]), pageStore);
      expect((await handler.get(key, pageRead))?.value.html).toContain("before the change");
      await nextMillisecond();
      await writtenElsewhere("article:behind", -minutes);
      expect(await handler.get(key, pageRead), "the change shows on the next request").toBeNull();
    });

    it("does not keep a render that began before the change, though the other clock is ahead, and keeps the next one", async () => {
      const key = "/articles/ahead";
      expect(await handler.get(key, pageRead), "a miss: the render begins").toBeNull();
      await writtenElsewhere("article:ahead", minutes);
      await handler.set(key, renderedPage("before the change", ["article:ahead"]), pageStore);
      await nextMillisecond();
      expect(await handler.get(key, pageRead), "the render that may have read the old story is not kept").toBeNull();
      await nextMillisecond();
      await handler.set(key, renderedPage("after the change", ["article:ahead"]), pageStore);
      expect((await handler.get(key, pageRead))?.value.html).toContain("after the change");
    });
  });
});
