import { describe, expect, it } from "vitest";
import { keyBatches } from "@/lib/edge/purge-client";

describe("keyBatches", () => {
  it("keeps a short key list in one header value", () => {
    expect(keyBatches(["site", "article:a", "h:abc"])).toEqual(["site article:a h:abc"]);
    expect(keyBatches([])).toEqual([]);
  });

  it("splits a long list into values no longer than the limit, losing no key", () => {
    const keys = Array.from({ length: 500 }, (_, i) => `article:cm${String(i).padStart(23, "0")}`);
    const batches = keyBatches(keys, 1000);
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) expect(Buffer.byteLength(batch)).toBeLessThanOrEqual(1000);
    expect(batches.flatMap((b) => b.split(" "))).toEqual(keys);
  });
});
