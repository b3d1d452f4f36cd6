import { describe, expect, it } from "vitest";
import { renderArticleBody } from "@/lib/markdown/render-article-body";
import { demoArticles } from "../demo";
import { buildBlockPool, composeBody } from "./bodies";
import { Random } from "./random";
import { TextMaker } from "./text";

describe("composeBody", () => {
  const pool = buildBlockPool(demoArticles.map((a) => a.body));

  it("derives exactly what the Markdown pipeline derives from the same body", () => {
    const random = new Random(7);
    const text = new TextMaker(random);
    for (let i = 0; i < 150; i++) {
      const body = composeBody(random, text, pool);
      const rendered = renderArticleBody(body.markdown);
      expect({ html: body.html, plainText: body.plainText, wordCount: body.wordCount, readingMinutes: body.readingMinutes }, `body ${i}`).toEqual({
        html: rendered.html,
        plainText: rendered.plainText,
        wordCount: rendered.wordCount,
        readingMinutes: rendered.readingMinutes,
      });
    }
    // 150 full renders: seconds on a busy machine, so the default 5 s limit is no measure of anything here.
  }, 120_000);

  it("reuses lists, quotes and tables from the demo bodies, never a block that depends on its document", () => {
    const markdown = pool.map((b) => b.markdown);
    expect(markdown.some((m) => m.startsWith("- "))).toBe(true);
    expect(markdown.some((m) => m.startsWith("> "))).toBe(true);
    expect(markdown.some((m) => m.startsWith("|"))).toBe(true);
    expect(markdown.filter((m) => /\[\^|\/media\//.test(m))).toEqual([]);
  });

  it("is the same for the same seed", () => {
    const a = composeBody(new Random(3), new TextMaker(new Random(3)), pool);
    const b = composeBody(new Random(3), new TextMaker(new Random(3)), pool);
    expect(a).toEqual(b);
  });
});
