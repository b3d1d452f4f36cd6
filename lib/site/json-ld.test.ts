import { describe, expect, it } from "vitest";
import type { ArticleDTO } from "@/lib/articles/dto";
import { clampHeadline, newsArticleJsonLd, serializeJsonLd } from "@/lib/site/json-ld";

const article: ArticleDTO = {
  id: "a1",
  slug: "a-story",
  title: "A story",
  standfirst: "What happened.",
  bodyHtml: "<p>x</p>",
  readingMinutes: 3,
  wordCount: 600,
  publishedAt: new Date("2026-01-02T10:00:00Z"),
  modifiedAt: null,
  seoTitle: "",
  seoDescription: "",
  commentsOpen: true,
  commentCount: 0,
  section: { slug: "policy", name: "Policy" },
  tags: [{ slug: "eu", name: "EU" }],
  authors: [
    { slug: "ada", name: "Ada", jobTitle: "Editor", bioHtml: "", photo: null, affiliations: [], links: [] },
    { slug: "bo", name: "Bo", jobTitle: "", bioHtml: "", photo: null, affiliations: [], links: [] },
  ],
  hero: { key: "hero-a", width: 1600, height: 900, alt: "Alt", caption: "Cap", credit: "Cred" },
  corrections: [],
};

const publisher = { name: "Masthead", url: "http://localhost:3000/", logoUrl: "http://localhost:3000/logo.png" };

describe("newsArticleJsonLd", () => {
  it("has the properties search engines require", () => {
    const data = newsArticleJsonLd(article, publisher);
    expect(data["@type"]).toBe("NewsArticle");
    expect(data.headline).toBe("A story");
    expect(data.datePublished).toBe("2026-01-02T10:00:00.000Z");
    expect(data.dateModified).toBe("2026-01-02T10:00:00.000Z");
    expect(data.image).toEqual(["http://localhost:3000/media/hero-a/1280.jpg"]);
    expect(data.author).toEqual([
      { "@type": "Person", name: "Ada", url: "http://localhost:3000/authors/ada", jobTitle: "Editor" },
      { "@type": "Person", name: "Bo", url: "http://localhost:3000/authors/bo", jobTitle: undefined },
    ]);
    expect(data.publisher.logo.url).toBe(publisher.logoUrl);
    expect(data).not.toHaveProperty("correction");
  });

  it("moves dateModified only with a substantive update and lists corrections", () => {
    const data = newsArticleJsonLd(
      {
        ...article,
        modifiedAt: new Date("2026-01-03T08:00:00Z"),
        corrections: [{ id: "c", body: "We misspelt a name.", createdAt: new Date("2026-01-04T00:00:00Z") }],
      },
      publisher,
    );
    expect(data.dateModified).toBe("2026-01-03T08:00:00.000Z");
    expect(data.correction).toEqual([{ "@type": "CorrectionComment", text: "We misspelt a name.", datePublished: "2026-01-04T00:00:00.000Z" }]);
  });
});

describe("clampHeadline", () => {
  it("keeps short headlines and cuts long ones at a word to at most 110 characters", () => {
    expect(clampHeadline("Short")).toBe("Short");
    const long = "word ".repeat(40).trim();
    const clamped = clampHeadline(long);
    expect(clamped.length).toBeLessThanOrEqual(110);
    expect(clamped.endsWith("word…")).toBe(true);
  });
});

describe("serializeJsonLd", () => {
  it("cannot close the script element", () => {
    const out = serializeJsonLd({ headline: "</script><script>alert(1)</script>" });
    expect(out).not.toContain("</script");
    expect(JSON.parse(out)).toEqual({ headline: "</script><script>alert(1)</script>" });
  });
});
