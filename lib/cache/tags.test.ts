import { beforeEach, describe, expect, it, vi } from "vitest";

const reads = vi.hoisted(() => [] as { keyParts: string[] | undefined; tags: string[] | undefined }[]);
vi.mock("next/cache", () => ({
  unstable_cache: (fn: () => Promise<unknown>, keyParts?: string[], options?: { tags?: string[] }) => {
    reads.push({ keyParts, tags: options?.tags });
    return fn;
  },
}));

const { articleTag, tagResponse } = await import("@/lib/cache/tags");

describe("tagResponse", () => {
  beforeEach(() => {
    reads.length = 0;
  });

  it("gives the page its tags through one read under the same key for every page", async () => {
    await tagResponse([articleTag("one")]);
    await tagResponse([articleTag("two")], ["listings"]);
    expect(reads.map((r) => r.tags)).toEqual([
      ["site", articleTag("one")],
      ["site", articleTag("two"), "listings"],
    ]);
    // A key per page would store a value per page, each first read a pending write holding its render.
    expect(new Set(reads.map((r) => JSON.stringify(r.keyParts))).size).toBe(1);
  });
});
