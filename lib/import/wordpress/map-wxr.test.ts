import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { imagePathOf } from "@/lib/import/image-paths";
import { mapWordPressStatus, mapWxr, wordpressGmtDate } from "./map-wxr";
import { parseWxr } from "./parse-wxr";

const site = mapWxr(parseWxr(fs.readFileSync(path.resolve("test/fixtures/imports/wordpress/export.xml"), "utf8")));
const post = (id: string) => site.posts.find((p) => p.sourceId === id)!;

describe("mapWordPressStatus", () => {
  it("maps WordPress's statuses and never publishes a password-protected post", () => {
    expect(mapWordPressStatus("publish", "").status).toBe("PUBLISHED");
    expect(mapWordPressStatus("future", "").status).toBe("SCHEDULED");
    expect(mapWordPressStatus("pending", "").status).toBe("IN_REVIEW");
    expect(mapWordPressStatus("draft", "").status).toBe("DRAFT");
    expect(mapWordPressStatus("publish", "secret")).toEqual({ status: "DRAFT", skipReason: "", restriction: "password" });
    expect(mapWordPressStatus("private", "")).toMatchObject({ status: null, skipReason: "private in WordPress" });
    expect(mapWordPressStatus("trash", "")).toMatchObject({ status: null, skipReason: "in WordPress's trash" });
  });
});

describe("wordpressGmtDate", () => {
  it("reads GMT dates and treats WordPress's zero date as none", () => {
    expect(wordpressGmtDate("2026-11-20 07:30:00")).toEqual(new Date("2026-11-20T07:30:00Z"));
    expect(wordpressGmtDate("0000-00-00 00:00:00")).toBeNull();
    expect(wordpressGmtDate("")).toBeNull();
  });
});

describe("mapWxr on the Baltic Tech Desk export", () => {
  it("makes WordPress's query addresses of categories, tags and authors lead where their archives do", () => {
    expect(site.redirects).toContainEqual({ from: "/?cat=2", to: "/category/ai-models" });
    expect(site.redirects).toContainEqual({ from: "/?tag=open-source", to: "/tag/open-source" });
    expect(site.redirects).toContainEqual({ from: "/?author=2", to: "/author/elena-marsh" });
    expect(site.redirects).toContainEqual({ from: "/?author=1", to: "/author/arturas" });
  });

  it("takes the first category as the section and the tags as tags", () => {
    expect(post("16")).toMatchObject({ sectionSourceId: "category:infrastructure", tagSourceIds: ["tag:data-centres", "tag:energy"] });
    expect(site.sections.map((s) => s.slug).sort()).toEqual(["ai-models", "events", "hardware", "infrastructure", "policy"]);
  });

  it("finds the feature image with its alt text and caption, and resized copies stand for their original", () => {
    expect(post("4").hero).toEqual({ path: "2026/11/meta-open-and-closed-models.jpg", alt: "Abstract illustration of interlocking open and closed network nodes", caption: expect.stringMatching(/^Meta plans to open/) });
    expect(imagePathOf(site.images, "http://localhost:8082/wp-content/uploads/2026/11/meta-open-and-closed-models-300x169.jpg")).toBe("2026/11/meta-open-and-closed-models.jpg");
  });

  it("marks the sticky post featured, the draft undated, and the page skipped", () => {
    expect(post("7").featured).toBe(true);
    expect(post("35")).toMatchObject({ status: "DRAFT", publishedAt: null, slug: "" });
    expect(post("44")).toMatchObject({ type: "page", status: null });
  });

  it("keeps the approved comments and the reasons for the others", () => {
    expect(post("4").comments.map((c) => [c.authorName, c.approved, c.skipReason, c.parentSourceId])).toEqual([
      ["Lukas Berg", true, "", null],
      ["Sofia Lindqvist", true, "", "2"],
      ["Dainius Jankauskas", true, "", "3"],
      ["Mark Olsen", false, "waiting for moderation in WordPress", null],
      ["anon", false, "in WordPress's trash", null],
    ]);
  });
});
