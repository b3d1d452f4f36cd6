import { describe, expect, it } from "vitest";
import type { ArticleDTO } from "@/lib/articles/dto";
import { articleBreadcrumbJsonLd, clampHeadline, newsArticleJsonLd, plainTextFromHtml, profilePageJsonLd, serializeJsonLd } from "@/lib/site/json-ld";

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
  sectionId: "section-policy",
  tags: [{ slug: "eu", name: "EU" }],
  tagIds: ["tag-eu"],
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

describe("articleBreadcrumbJsonLd", () => {
  it("leads from the front page through the section to the story", () => {
    expect(articleBreadcrumbJsonLd(article, publisher)).toEqual({
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Masthead", item: "http://localhost:3000/" },
        { "@type": "ListItem", position: 2, name: "Policy", item: "http://localhost:3000/sections/policy" },
        { "@type": "ListItem", position: 3, name: "A story", item: "http://localhost:3000/articles/a-story" },
      ],
    });
  });

  it("goes straight from the front page to a story without a section", () => {
    const trail = articleBreadcrumbJsonLd({ ...article, section: null }, publisher).itemListElement;
    expect(trail.map((c) => [c.position, c.name])).toEqual([
      [1, "Masthead"],
      [2, "A story"],
    ]);
  });

  it("is the breadcrumb of the page the NewsArticle is the main entity of", () => {
    const data = newsArticleJsonLd(article, publisher);
    expect(data.mainEntityOfPage).toEqual({
      "@type": "WebPage",
      "@id": "http://localhost:3000/articles/a-story",
      breadcrumb: articleBreadcrumbJsonLd(article, publisher),
    });
  });
});

describe("profilePageJsonLd", () => {
  const author = {
    slug: "ada",
    name: "Ada Okafor",
    jobTitle: "Policy editor",
    bioHtml: "<p>Ada covers <a href=\"https://example.com\">policy</a> &#x26; law.</p>\n<p>She lives in Lagos &amp; Leeds.</p>",
    photo: { key: "portrait-ada", width: 800, height: 800, alt: "Portrait of Ada Okafor" },
    affiliations: [
      { role: "Editor", organisation: "Masthead", url: "https://masthead.example" },
      { role: "Columnist", organisation: "Masthead", url: "https://masthead.example" },
      { role: "Fellow", organisation: "A Institute", url: null },
    ],
    links: [
      { kind: "linkedin", url: "https://www.linkedin.com/in/ada" },
      { kind: "website", url: "https://ada.example" },
    ],
  };

  it("describes the author as the page's Person, with photo, job, bio, profiles and organisations", () => {
    expect(profilePageJsonLd(author)).toEqual({
      "@context": "https://schema.org",
      "@type": "ProfilePage",
      url: "http://localhost:3000/authors/ada",
      mainEntity: {
        "@type": "Person",
        name: "Ada Okafor",
        url: "http://localhost:3000/authors/ada",
        image: "http://localhost:3000/media/portrait-ada/640.jpg",
        jobTitle: "Policy editor",
        description: "Ada covers policy & law. She lives in Lagos & Leeds.",
        sameAs: ["https://www.linkedin.com/in/ada", "https://ada.example"],
        affiliation: [
          { "@type": "Organization", name: "Masthead", url: "https://masthead.example" },
          { "@type": "Organization", name: "A Institute", url: undefined },
        ],
      },
    });
  });

  it("leaves out what the author has not filled in", () => {
    const bare = profilePageJsonLd({ ...author, jobTitle: "", bioHtml: "", photo: null, affiliations: [], links: [] });
    expect(JSON.parse(serializeJsonLd(bare)).mainEntity).toEqual({ "@type": "Person", name: "Ada Okafor", url: "http://localhost:3000/authors/ada" });
  });
});

describe("plainTextFromHtml", () => {
  it("drops tags, decodes entities and keeps paragraphs apart", () => {
    expect(plainTextFromHtml("<p>One&nbsp;&lt;two&gt;</p><p>Three<br>four &#233;&#x17E; &unknown;</p>")).toBe("One <two> Three four éž &unknown;");
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
