import { describe, expect, it } from "vitest";
import { importFormSchema } from "./schemas";

describe("the admin import form", () => {
  it("takes a source system, an optional image source and a mode", () => {
    expect(importFormSchema.parse({ system: "ghost", mode: "dry-run", media: "  https://old.example/content/images/ " })).toEqual({ system: "ghost", mode: "dry-run", media: "https://old.example/content/images/" });
    expect(importFormSchema.parse({ system: "wordpress", mode: "import", token: "0123456789abcdef0123456789abcdef" })).toMatchObject({ media: "", token: "0123456789abcdef0123456789abcdef" });
  });

  it("refuses another system, a made-up token and an over-long address", () => {
    expect(importFormSchema.safeParse({ system: "joomla", mode: "dry-run" }).error?.issues[0]?.message).toBe("Choose WordPress or Ghost.");
    expect(importFormSchema.safeParse({ system: "wordpress", mode: "import", token: "../../etc/passwd" }).success).toBe(false);
    expect(importFormSchema.safeParse({ system: "wordpress", mode: "dry-run", media: "x".repeat(501) }).success).toBe(false);
  });
});
