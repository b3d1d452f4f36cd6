import { describe, expect, it } from "vitest";
import { formatCommentBody, linkifyLine } from "@/lib/comments/format";

describe("formatCommentBody", () => {
  it("keeps paragraphs and line breaks", () => {
    expect(formatCommentBody("one\ntwo\n\n\nthree")).toEqual([
      [[{ kind: "text", text: "one" }], [{ kind: "text", text: "two" }]],
      [[{ kind: "text", text: "three" }]],
    ]);
  });

  it("treats HTML as text", () => {
    expect(formatCommentBody("<script>alert(1)</script>")).toEqual([[[{ kind: "text", text: "<script>alert(1)</script>" }]]]);
  });

  it("normalises Windows line endings", () => {
    expect(formatCommentBody("a\r\n\r\nb")).toHaveLength(2);
  });
});

describe("linkifyLine", () => {
  it("links http and https URLs and leaves trailing punctuation outside", () => {
    expect(linkifyLine("See https://example.org/paper.")).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", href: "https://example.org/paper", text: "https://example.org/paper" },
      { kind: "text", text: "." },
    ]);
  });

  it("keeps a balanced closing parenthesis", () => {
    const segments = linkifyLine("https://en.example.org/wiki/Foo_(bar)");
    expect(segments[0]).toMatchObject({ kind: "link", href: "https://en.example.org/wiki/Foo_(bar)" });
  });

  it("never links javascript: or data: URLs", () => {
    for (const text of ["javascript:alert(1)", "data:text/html,<b>x</b>", "[x](javascript:alert(1))"]) {
      expect(linkifyLine(text).every((s) => s.kind === "text")).toBe(true);
    }
  });
});
