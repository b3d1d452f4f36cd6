import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/sign-in-link";

describe("safeCallbackPath", () => {
  it.each([
    ["/articles/x#comments", "/articles/x#comments"],
    [undefined, "/"],
    ["", "/"],
    ["https://evil.example/", "/"],
    ["//evil.example/", "/"],
    ["/\\evil.example", "/"],
    ["/signin", "/"],
    ["/api/auth/signout", "/"],
    ["javascript:alert(1)", "/"],
  ])("%j → %j", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});
