import { describe, expect, it } from "vitest";
import { MAX_BULK_COMMENTS, moderationSchema } from "@/lib/moderation/schemas";

const parse = (input: Record<string, string | string[]>) => moderationSchema.safeParse(input);
const errorsOf = (input: Record<string, string | string[]>) => {
  const result = parse(input);
  expect(result.success).toBe(false);
  return Object.fromEntries(result.error!.issues.map((i) => [String(i.path[0]), i.message]));
};

describe("moderationSchema", () => {
  it("takes the ticked comments and the bulk button, without repeats", () => {
    expect(parse({ ids: ["c1", "c2", "c1"], decision: "approve" }).data).toEqual({ decision: "approve", commentIds: ["c1", "c2"], reason: "" });
  });

  it("accepts a single ticked comment, which a form sends as a plain string", () => {
    expect(parse({ ids: "c1", decision: "spam" }).data).toEqual({ decision: "spam", commentIds: ["c1"], reason: "" });
  });

  it("lets a row's own button act on its row only, whatever else is ticked", () => {
    expect(parse({ row: "reject:c9", ids: ["c1", "c2"], reason: " x " }).data).toEqual({ decision: "reject", commentIds: ["c9"], reason: "x" });
  });

  it("needs a selection, a known decision and well-formed ids", () => {
    expect(errorsOf({ decision: "approve" })).toEqual({ ids: "Select at least one comment first." });
    expect(errorsOf({ ids: "c1" })).toHaveProperty("decision");
    expect(errorsOf({ ids: "c1", decision: "delete" })).toHaveProperty("decision");
    expect(errorsOf({ ids: ["c1", "c2; DROP TABLE"], decision: "approve" })).toHaveProperty("ids");
    expect(errorsOf({ row: "approve:../x" })).toHaveProperty("row");
    expect(errorsOf({ row: "publish:c1" })).toHaveProperty("row");
  });

  it("needs a reason to ban, from a row or in bulk", () => {
    expect(errorsOf({ row: "ban:c1", reason: "   " })).toHaveProperty("reason");
    expect(errorsOf({ ids: "c1", decision: "ban" })).toHaveProperty("reason");
    expect(parse({ ids: "c1", decision: "ban", reason: "Spam" }).data).toEqual({ decision: "ban", commentIds: ["c1"], reason: "Spam" });
  });

  it(`refuses more than ${MAX_BULK_COMMENTS} comments at once`, () => {
    const ids = Array.from({ length: MAX_BULK_COMMENTS + 1 }, (_, i) => `c${i}`);
    expect(errorsOf({ ids, decision: "approve" })).toHaveProperty("ids");
  });
});
