import { describe, expect, it } from "vitest";
import { buildIdFrom } from "@/lib/build-id.cjs";

describe("buildIdFrom", () => {
  it("takes MASTHEAD_BUILD_ID as the build id, so hosts that build apart agree", () => {
    expect(buildIdFrom("3f9c2ab")).toBe("3f9c2ab");
    expect(buildIdFrom(" release-2026.12.07 ")).toBe("release-2026.12.07");
  });
  it("leaves Next.js its own random id when none is set", () => {
    expect(buildIdFrom(undefined)).toBeNull();
    expect(buildIdFrom("  ")).toBeNull();
  });
  it("refuses an id that cannot stand in a URL path", () => {
    expect(() => buildIdFrom("release 1")).toThrow(/MASTHEAD_BUILD_ID/);
    expect(() => buildIdFrom("../x")).toThrow(/MASTHEAD_BUILD_ID/);
    expect(() => buildIdFrom("x".repeat(65))).toThrow(/MASTHEAD_BUILD_ID/);
  });
});
