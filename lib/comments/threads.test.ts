import { describe, expect, it } from "vitest";
import { buildThreads, type FlatComment } from "@/lib/comments/threads";

const at = new Date("2026-01-01T00:00:00Z");
const c = (id: string, parentId: string | null, body: string | null = id): FlatComment => ({
  id,
  parentId,
  body,
  authorName: "A",
  createdAt: at,
  editedAt: null,
  mine: false,
  pending: false,
  editable: false,
});

describe("buildThreads", () => {
  it("nests replies under their parent in order", () => {
    const threads = buildThreads([c("a", null), c("b", null), c("a1", "a"), c("a2", "a")]);
    expect(threads.map((t) => [t.id, t.replies.map((r) => r.id)])).toEqual([
      ["a", ["a1", "a2"]],
      ["b", []],
    ]);
  });

  it("drops replies whose parent is not visible", () => {
    expect(buildThreads([c("x1", "x")])).toEqual([]);
  });

  it("keeps a deleted head only while it has visible replies", () => {
    const threads = buildThreads([c("a", null, null), c("a1", "a"), c("b", null, null), c("c", null), c("c1", "c", null)]);
    expect(threads.map((t) => [t.id, t.body, t.replies.length])).toEqual([
      ["a", null, 1],
      ["c", "c", 0],
    ]);
  });
});
