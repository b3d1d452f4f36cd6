import { describe, expect, it } from "vitest";
import { headline } from "./headline";

describe("headline", () => {
  it("draws a headline with typographic quotes and apostrophes in the site's language (English by default)", () => {
    expect(headline(`Lithuania's Seimas orders a "register" of automated decisions`)).toBe(
      "Lithuania’s Seimas orders a “register” of automated decisions",
    );
  });
});
