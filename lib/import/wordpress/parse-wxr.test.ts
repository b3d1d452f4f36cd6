import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseWxr } from "./parse-wxr";

const wxr = fs.readFileSync(path.resolve("test/fixtures/imports/wordpress/export.xml"), "utf8");

describe("parseWxr", () => {
  it("reads the site, its users, categories, tags and every item of a WordPress 6 export", () => {
    const x = parseWxr(wxr);
    expect([x.version, x.title, x.baseSiteUrl]).toEqual(["1.2", "Baltic Tech Desk", "http://localhost:8082"]);
    expect(x.authors).toEqual([
      { id: "1", login: "arturas", email: "arturas@example.com", displayName: "Artūras Malašauskas" },
      { id: "2", login: "elena.marsh", email: "elena.marsh@example.com", displayName: "Elena Marsh" },
    ]);
    expect([x.categories.length, x.tags.length, x.items.length]).toEqual([6, 13, 28]);
    const meta = x.items.find((i) => i.id === "4")!;
    expect(meta).toMatchObject({ type: "post", status: "publish", slug: "metas-hybrid-ai-open-source-strategy-revealed", dateGmt: "2026-11-20 07:30:00", creator: "arturas", sticky: false });
    expect(meta.terms).toEqual([
      { domain: "category", slug: "ai-models", name: "AI Models" },
      { domain: "post_tag", slug: "meta", name: "Meta" },
      { domain: "post_tag", slug: "open-source", name: "Open source" },
    ]);
    expect(meta.meta.get("_thumbnail_id")).toEqual(["5"]);
    expect(meta.comments.map((c) => [c.id, c.parentId, c.approved])).toEqual([["2", "0", "1"], ["3", "2", "1"], ["4", "3", "1"], ["5", "0", "0"], ["7", "0", "trash"]]);
    expect(x.items.find((i) => i.id === "31")!.meta.get("_wp_old_slug")).toEqual(["open-source-licences-explained"]);
  });

  it("names the line where a cut-short file breaks off", () => {
    expect(() => parseWxr(wxr.slice(0, 20_000), "export.xml")).toThrow(/^export\.xml is not well-formed XML \(line \d+: /);
  });

  it("refuses an RSS feed and an export of an unknown WXR version", () => {
    expect(() => parseWxr('<rss><channel><title>t</title></channel></rss>', "feed.xml")).toThrow(/no <wp:wxr_version>/);
    expect(() => parseWxr(wxr.replace("<wp:wxr_version>1.2</wp:wxr_version>", "<wp:wxr_version>2.0</wp:wxr_version>"), "x.xml")).toThrow(/WXR version 2\.0 is not 1\.0–1\.2/);
    expect(() => parseWxr("<html><body/></html>", "page.html")).toThrow(/no <rss><channel>/);
  });
});
