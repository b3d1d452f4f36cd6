import { describe, expect, it } from "vitest";
import { MAX_PAGE, clampPage, pageCount, parsePageParam } from "@/lib/site/pagination";

describe("parsePageParam", () => {
  it.each([
    [undefined, 1],
    ["", 1],
    ["abc", 1],
    ["0", 1],
    ["-3", 1],
    ["2.5", 1],
    ["7", 7],
    [["3", "4"], 3],
    ["9999999", 1],
    ["999999", MAX_PAGE],
  ] as const)("%j → %d", (input, expected) => {
    expect(parsePageParam(input as string | string[] | undefined)).toBe(expected);
  });
});

describe("page arithmetic", () => {
  it("has at least one page", () => {
    expect(pageCount(0, 12)).toBe(1);
    expect(pageCount(12, 12)).toBe(1);
    expect(pageCount(13, 12)).toBe(2);
  });
  it("clamps nonsense", () => {
    expect(clampPage(Number.NaN)).toBe(1);
    expect(clampPage(Number.POSITIVE_INFINITY)).toBe(1);
    expect(clampPage(4.7)).toBe(4);
  });
});
