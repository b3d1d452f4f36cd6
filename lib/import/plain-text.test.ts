import { describe, expect, it } from "vitest";
import { htmlToPlainText } from "./plain-text";

describe("htmlToPlainText", () => {
  it("keeps a comment's paragraphs and line breaks as typed", () => {
    expect(htmlToPlainText("First line\nsecond line\n\nNew paragraph")).toBe("First line\nsecond line\n\nNew paragraph");
  });

  it("drops tags, keeps their text and decodes entities", () => {
    expect(htmlToPlainText('<p>See <a href="https://x.example">this</a> &amp; <em>that</em>.</p><p>Bye&nbsp;now</p>')).toBe("See this & that.\n\nBye\u00a0now");
    expect(htmlToPlainText("<script>alert(1)</script>x<style>p{}</style>")).toBe("x");
  });

  it("gives nothing for nothing", () => {
    expect(htmlToPlainText("  ")).toBe("");
  });
});
