import { describe, expect, it } from "vitest";
import { postedMessage } from "@/lib/comments/rules";

describe("the message after posting", () => {
  it("says a live comment or reply was posted", () => {
    expect(postedMessage("APPROVED", false)).toBe("Your comment was posted.");
    expect(postedMessage("APPROVED", true)).toBe("Your reply was posted.");
  });
  it("says a held comment waits for a moderator without calling it the first", () => {
    expect(postedMessage("PENDING", false)).toBe("Thanks! Your comment is waiting for a moderator; it will appear once approved.");
    expect(postedMessage("PENDING", true)).toBe("Thanks! Your reply is waiting for a moderator; it will appear once approved.");
    expect(postedMessage("PENDING", false)).not.toMatch(/first/);
  });
});
