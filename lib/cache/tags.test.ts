import fs from "node:fs";
import path from "node:path";
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

describe("where pages are tagged", () => {
  const root = path.resolve(__dirname, "../..");
  const sources = (dir: string): string[] =>
    fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
      const file = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) return sources(file);
      return /\.tsx?$/.test(entry.name) ? [file] : [];
    });

  it("only by the loaders in lib/: no route or component tags a response itself, so none can forget to", () => {
    const files = [...sources("app"), ...sources("components")];
    expect(files).toContain("app/(site)/articles/[slug]/page.tsx");
    const tagging = files.filter((file) => /\btagResponse\b|["']@\/lib\/cache\/tags["']/.test(fs.readFileSync(path.join(root, file), "utf8")));
    expect(tagging).toEqual([]);
  });
});
