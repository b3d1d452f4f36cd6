import { describe, it, expect } from "vitest";
import { isValidSlug, slugify, uniqueSlug, SLUG_MAX_LENGTH } from "./slug";

describe("slugify", () => {
  it("lowercases and dashes words", () => {
    expect(slugify("Hello, World!")).toBe("hello-world");
  });

  it("strips diacritics", () => {
    expect(slugify("Žinios apie Seimą")).toBe("zinios-apie-seima");
    expect(slugify("Crème brûlée à la française")).toBe("creme-brulee-a-la-francaise");
    expect(slugify("İstanbul")).toBe("istanbul");
  });

  it("maps letters NFKD does not decompose", () => {
    expect(slugify("Łódź")).toBe("lodz");
    expect(slugify("Søren Ærø")).toBe("soren-aero");
    expect(slugify("Straße")).toBe("strasse");
    expect(slugify("Đorđe")).toBe("dorde");
  });

  it("collapses runs of non-alphanumerics and trims dashes", () => {
    expect(slugify("  --A  &&  B--  ")).toBe("a-b");
    expect(slugify("2024: year_in review")).toBe("2024-year-in-review");
  });

  it("returns an empty string when there are no letters or digits", () => {
    expect(slugify("")).toBe("");
    expect(slugify(" — !!! ")).toBe("");
  });

  it("limits length to 80, cutting at a dash boundary", () => {
    const long = Array.from({ length: 30 }, (_, i) => `word${i}`).join(" ");
    const slug = slugify(long);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(isValidSlug(slug)).toBe(true);
    expect(long.toLowerCase().replace(/ /g, "-").startsWith(slug + "-")).toBe(true);
  });

  it("keeps a cut exactly at a dash", () => {
    const input = `${"a".repeat(80)} tail`;
    expect(slugify(input)).toBe("a".repeat(80));
  });

  it("hard-cuts a single very long word", () => {
    expect(slugify("x".repeat(200))).toBe("x".repeat(80));
    expect(slugify(`ab ${"y".repeat(100)}`)).toBe(`ab-${"y".repeat(77)}`);
  });
});

describe("isValidSlug", () => {
  it("accepts slugs", () => {
    expect(isValidSlug("a")).toBe(true);
    expect(isValidSlug("zinios-apie-seima")).toBe(true);
    expect(isValidSlug("2024-review")).toBe(true);
    expect(isValidSlug("a".repeat(80))).toBe(true);
  });

  it("rejects non-slugs", () => {
    expect(isValidSlug("")).toBe(false);
    expect(isValidSlug("A")).toBe(false);
    expect(isValidSlug("-a")).toBe(false);
    expect(isValidSlug("a-")).toBe(false);
    expect(isValidSlug("a--b")).toBe(false);
    expect(isValidSlug("a b")).toBe(false);
    expect(isValidSlug("ą")).toBe(false);
    expect(isValidSlug("a".repeat(81))).toBe(false);
  });
});

describe("uniqueSlug", () => {
  it("returns the base when free", () => {
    expect(uniqueSlug("news", () => false)).toBe("news");
  });

  it("appends -2, -3 … until free", () => {
    const taken = new Set(["news", "news-2", "news-3"]);
    expect(uniqueSlug("news", (s) => taken.has(s))).toBe("news-4");
  });

  it("stays within the maximum length", () => {
    const base = "a".repeat(80);
    const result = uniqueSlug(base, (s) => s === base);
    expect(result).toBe(`${"a".repeat(78)}-2`);
    expect(isValidSlug(result)).toBe(true);
  });

  it("does not leave a double dash when shortening", () => {
    const base = `${"a".repeat(77)}-bc`;
    expect(uniqueSlug(base, (s) => s === base)).toBe(`${"a".repeat(77)}-2`);
  });

  it("rejects an empty base", () => {
    expect(() => uniqueSlug("", () => false)).toThrow(RangeError);
  });
});
