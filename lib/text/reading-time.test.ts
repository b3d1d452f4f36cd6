import { describe, it, expect } from "vitest";
import { countWords, readingMinutes } from "./reading-time";

describe("countWords", () => {
  it("counts words separated by any whitespace", () => {
    expect(countWords("one two\tthree\nfour  five")).toBe(5);
  });

  it("returns 0 for empty or whitespace-only text", () => {
    expect(countWords("")).toBe(0);
    expect(countWords("   \n\t ")).toBe(0);
  });

  it("ignores tokens without letters or digits", () => {
    expect(countWords("a — b … c !!")).toBe(3);
  });

  it("is Unicode-aware", () => {
    expect(countWords("Žinios apie Seimą")).toBe(3);
    expect(countWords("Привет мир")).toBe(2);
    expect(countWords("Ελληνικά κείμενα εδώ")).toBe(3);
  });

  it("counts numbers and joined words once", () => {
    expect(countWords("don't e-mail 3.5 2024")).toBe(4);
  });
});

describe("readingMinutes", () => {
  it("is at least one minute", () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1)).toBe(1);
    expect(readingMinutes(-5)).toBe(1);
    expect(readingMinutes(Number.NaN)).toBe(1);
  });

  it("rounds up at the default 230 words per minute", () => {
    expect(readingMinutes(230)).toBe(1);
    expect(readingMinutes(231)).toBe(2);
    expect(readingMinutes(1000)).toBe(5);
  });

  it("accepts a custom speed", () => {
    expect(readingMinutes(500, 100)).toBe(5);
    expect(readingMinutes(501, 100)).toBe(6);
  });

  it("rejects a non-positive speed", () => {
    expect(() => readingMinutes(100, 0)).toThrow(RangeError);
  });
});
