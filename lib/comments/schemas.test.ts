import { describe, expect, it } from "vitest";
import { commentBodySchema } from "./schemas";

describe("a comment's text", () => {
  it("loses NUL bytes, control and bidi-override characters and keeps everything people type", () => {
    expect(commentBodySchema.parse("Labas,\u0000 čia\u202E 👩‍💻\r\nsu „kabutėmis“  ")).toBe("Labas, čia 👩‍💻\nsu „kabutėmis“");
  });

  it("made of nothing but such characters is empty, and refused as such", () => {
    const result = commentBodySchema.safeParse("\u0000\u202E\u2066 \u0007");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Please write something before posting.");
  });
});
