import { describe, expect, it } from "vitest";
import { decisionApplies, describeOutcome } from "@/lib/moderation/rules";

describe("decisionApplies", () => {
  it.each([
    ["approve", "PENDING", 0, true],
    ["approve", "APPROVED", 0, false],
    ["approve", "APPROVED", 2, true],
    ["approve", "SPAM", 0, true],
    ["reject", "APPROVED", 0, true],
    ["reject", "REJECTED", 0, false],
    ["reject", "REJECTED", 1, true],
    ["spam", "PENDING", 0, true],
    ["spam", "SPAM", 0, false],
    ["dismiss", "APPROVED", 1, true],
    ["dismiss", "APPROVED", 0, false],
    ["dismiss", "PENDING", 0, false],
  ] as const)("%s on a %s comment with %i open reports: %s", (decision, status, reports, expected) => {
    expect(decisionApplies(decision, status, reports)).toBe(expected);
  });
});

describe("describeOutcome", () => {
  it("says what was done, in the singular and plural", () => {
    expect(describeOutcome("approve", 1, 0)).toBe("Approved 1 comment.");
    expect(describeOutcome("spam", 3, 0)).toBe("Marked as spam 3 comments.");
    expect(describeOutcome("dismiss", 2, 0)).toBe("Dismissed the reports on 2 comments.");
    expect(describeOutcome("ban", 1, 0)).toBe("Banned 1 commenter.");
  });

  it("says what was skipped, and why", () => {
    expect(describeOutcome("reject", 2, 1)).toBe("Rejected 2 comments. 1 comment was skipped (already decided, deleted or not found).");
    expect(describeOutcome("approve", 0, 2)).toBe("Nothing was changed. 2 comments were skipped (already decided, deleted or not found).");
    expect(describeOutcome("ban", 0, 1)).toBe("Nothing was changed. 1 commenter was skipped (already banned, or their account is gone).");
  });
});
