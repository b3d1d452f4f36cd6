import { describe, it, expect } from "vitest";
import { excerpt } from "./excerpt";

describe("excerpt", () => {
  it("returns short text unchanged, with whitespace collapsed", () => {
    expect(excerpt("  Short\n\n text.  ")).toBe("Short text.");
  });

  it("cuts at a word boundary and adds an ellipsis", () => {
    const text = "alpha beta gamma delta epsilon";
    expect(excerpt(text, 14)).toBe("alpha beta…");
    expect(excerpt(text, 16)).toBe("alpha beta gamma…");
  });

  it("keeps the result within the limit plus the ellipsis", () => {
    const text = "lorem ipsum dolor sit amet ".repeat(30);
    const result = excerpt(text);
    expect(result.endsWith("…")).toBe(true);
    expect(result.length).toBeLessThanOrEqual(201);
    expect(text.startsWith(result.slice(0, -1))).toBe(true);
  });

  it("drops dangling punctuation before the ellipsis", () => {
    expect(excerpt("First part, second part", 12)).toBe("First part…");
  });

  it("hard-cuts a single overlong word", () => {
    expect(excerpt("x".repeat(50), 10)).toBe(`${"x".repeat(10)}…`);
  });

  it("does not split surrogate pairs", () => {
    const result = excerpt("😀".repeat(10), 5);
    expect(result).toBe("😀😀…");
  });
});
