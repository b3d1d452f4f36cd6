import { describe, expect, it } from "vitest";
import { pagePath } from "@/lib/site/urls";

describe("pagePath", () => {
  it("leaves page 1 without a page parameter", () => {
    expect(pagePath("/sections/policy", 1)).toBe("/sections/policy");
    expect(pagePath("/sections/policy", 3)).toBe("/sections/policy?page=3");
  });

  it("keeps the list's own parameters, encoded, before the page", () => {
    expect(pagePath("/search", 2, { q: "eu ai & more" })).toBe("/search?q=eu+ai+%26+more&page=2");
    expect(pagePath("/search", 1, { q: "žinios" })).toBe("/search?q=%C5%BEinios");
  });

  it("leaves out empty parameters", () => {
    expect(pagePath("/search", 1, { q: "" })).toBe("/search");
  });
});
