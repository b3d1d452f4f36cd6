import { describe, expect, it } from "vitest";
import { searchSummary } from "@/lib/search/summary";

describe("searchSummary", () => {
  it("counts the matches exactly when every match was ranked", () => {
    expect(searchSummary({ total: 1, more: false })).toBe("1 story matches, best match first.");
    expect(searchSummary({ total: 2, more: false })).toBe("2 stories match, best match first.");
    expect(searchSummary({ total: 1000, more: false })).toBe("1,000 stories match, best match first.");
  });

  it("says more match when only the newest were ranked", () => {
    expect(searchSummary({ total: 1000, more: true })).toBe(
      "More than 1,000 stories match. The best matches among the newest 1,000 come first.",
    );
  });
});
