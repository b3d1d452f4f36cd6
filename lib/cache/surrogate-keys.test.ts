import { describe, expect, it } from "vitest";
import { MAX_KEY_HEADER_BYTES, digestKey, purgeKeys, surrogateKeyHeader, surrogateKeyHeaders } from "@/lib/cache/surrogate-keys.cjs";

describe("surrogate keys", () => {
  it("lists a response's tags space-separated, without Next.js's implicit route tags or repeats", () => {
    expect(surrogateKeyHeader(["site", "_N_T_/layout", "article:abc", "_N_T_/articles/x", "site", "section-mention:/ai"])).toBe(
      "site article:abc section-mention:/ai",
    );
  });

  it("sends the same list as xkey and Surrogate-Key, and neither header for no tags", () => {
    expect(surrogateKeyHeaders(["site", "nav"])).toEqual({ xkey: "site nav", "surrogate-key": "site nav" });
    expect(surrogateKeyHeaders(["_N_T_/layout"])).toEqual({});
  });

  it("sends a list too long for a header as digests of its tags, each as purgeKeys names it", () => {
    const tags = Array.from({ length: 200 }, (_, i) => `article:cm${String(i).padStart(23, "0")}`);
    const header = surrogateKeyHeader(tags);
    expect(Buffer.byteLength(tags.join(" "))).toBeGreaterThan(MAX_KEY_HEADER_BYTES);
    expect(Buffer.byteLength(header)).toBeLessThanOrEqual(MAX_KEY_HEADER_BYTES);
    const keys = header.split(" ");
    expect(keys).toHaveLength(200);
    expect(new Set(keys).size).toBe(200);
    expect(keys[7]).toBe(digestKey(tags[7]!));
    expect(purgeKeys([tags[7]!])).toContain(keys[7]);
  });

  it("purges a tag in both of its forms", () => {
    expect(purgeKeys(["article:abc", "listings", "article:abc"])).toEqual(["article:abc", digestKey("article:abc"), "listings", digestKey("listings")]);
    expect(digestKey("article:abc")).toMatch(/^h:[A-Za-z0-9_-]{12}$/);
    expect(digestKey("article:abc")).not.toBe(digestKey("article:abd"));
  });
});
