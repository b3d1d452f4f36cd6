import { describe, expect, it } from "vitest";
import { banUserSchema, changeRoleSchema, parseUserListParams } from "@/lib/users/admin-schemas";

describe("parseUserListParams", () => {
  it("reads the search, role and page", () => {
    expect(parseUserListParams({ q: "  ada ", role: "EDITOR", page: "2" })).toEqual({ q: "ada", role: "EDITOR", page: 2 });
  });

  it("falls back to everyone on page 1 for anything malformed", () => {
    expect(parseUserListParams({})).toEqual({ q: "", role: null, page: 1 });
    expect(parseUserListParams({ q: ["a", "b"], role: "OWNER", page: "-3" })).toEqual({ q: "a", role: null, page: 1 });
    expect(parseUserListParams({ q: "x".repeat(500) }).q).toHaveLength(100);
  });
});

describe("role and ban forms", () => {
  it("accept only known roles and well-formed ids", () => {
    expect(changeRoleSchema.safeParse({ userId: "u1", role: "ADMIN" }).success).toBe(true);
    expect(changeRoleSchema.safeParse({ userId: "u1", role: "OWNER" }).success).toBe(false);
    expect(changeRoleSchema.safeParse({ userId: "u1' OR 1=1", role: "READER" }).success).toBe(false);
  });

  it("need a ban reason of at most 500 characters", () => {
    expect(banUserSchema.safeParse({ userId: "u1", reason: "  " }).success).toBe(false);
    expect(banUserSchema.safeParse({ userId: "u1", reason: "x".repeat(501) }).success).toBe(false);
    expect(banUserSchema.safeParse({ userId: "u1", reason: " Spam " }).data).toEqual({ userId: "u1", reason: "Spam" });
  });
});
