import { describe, expect, it } from "vitest";
import { createUnsubscribeToken, verifyUnsubscribeToken } from "@/lib/comments/unsubscribe-token";

const secret = "s".repeat(32);

describe("unsubscribe tokens", () => {
  it("round-trip to the comment they were made for", () => {
    expect(verifyUnsubscribeToken(createUnsubscribeToken("cm123abc", secret), secret)).toBe("cm123abc");
  });

  it("cannot be moved to another comment, forged, or made with another secret", () => {
    const token = createUnsubscribeToken("cm123abc", secret);
    const signature = token.split(".")[1]!;
    expect(verifyUnsubscribeToken(`cm999xyz.${signature}`, secret)).toBeNull();
    expect(verifyUnsubscribeToken(`cm123abc.${"A".repeat(43)}`, secret)).toBeNull();
    expect(verifyUnsubscribeToken(token, "t".repeat(32))).toBeNull();
    for (const junk of ["", ".", "cm123abc", "../../etc/passwd", `${token}x`]) expect(verifyUnsubscribeToken(junk, secret)).toBeNull();
  });
});
