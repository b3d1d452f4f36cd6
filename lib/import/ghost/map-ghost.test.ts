import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { imagePathOf } from "@/lib/import/image-paths";
import { ghostDate, mapGhost, mapGhostStatus } from "./map-ghost";
import { parseGhostExport } from "./parse-ghost";
import { parseGhostRedirects } from "./redirects";

const FIXTURES = path.resolve("test/fixtures/imports/ghost");
const site = mapGhost(parseGhostExport(fs.readFileSync(path.join(FIXTURES, "export.json"), "utf8")), parseGhostRedirects(fs.readFileSync(path.join(FIXTURES, "redirects.yaml"), "utf8")));
const post = (slug: string) => site.posts.find((p) => p.slug === slug)!;

describe("mapGhostStatus", () => {
  it("never makes a members-only or paid post public", () => {
    expect(mapGhostStatus("published", "public").status).toBe("PUBLISHED");
    expect(mapGhostStatus("scheduled", "public").status).toBe("SCHEDULED");
    expect(mapGhostStatus("published", "members")).toEqual({ status: "DRAFT", skipReason: "", restriction: "members" });
    expect(mapGhostStatus("scheduled", "paid")).toEqual({ status: "DRAFT", skipReason: "", restriction: "members" });
    expect(mapGhostStatus("sent", "public").status).toBeNull();
  });
});

describe("Ghost dates and images", () => {
  it("reads UTC dates in either of Ghost's forms", () => {
    expect(ghostDate("2026-11-20 07:30:00")).toEqual(new Date("2026-11-20T07:30:00Z"));
    expect(ghostDate("2026-11-20T07:30:00.000Z")).toEqual(new Date("2026-11-20T07:30:00Z"));
    expect(ghostDate("")).toBeNull();
  });

  it("finds an image's upload path behind __GHOST_URL__ and its resized copies", () => {
    expect(imagePathOf(site.images, "__GHOST_URL__/content/images/size/w600/2026/12/a.jpg")).toBe("2026/12/a.jpg");
    expect(imagePathOf(site.images, "https://images.unsplash.com/a.jpg")).toBeNull();
  });
});

describe("mapGhost on the Baltic Tech Desk export", () => {
  it("identifies the site by its UUID", () => {
    expect(site.site).toBe("49f71323-9fd1-4f10-a39d-9ac2ee4fd4af");
  });

  it("takes the primary tag as the section and keeps the authors in byline order", () => {
    const edge = post("why-small-language-models-are-winning-at-the-edge");
    expect(site.sections.find((s) => s.sourceId === edge.sectionSourceId)?.name).toBe("AI Models");
    expect(edge.authorSourceIds.map((id) => site.authors.find((a) => a.sourceId === id)?.name)).toEqual(["Elena Marsh", "Artūras Malašauskas"]);
  });

  it("reads the feature image's alt and caption from posts_meta, and the featured flag", () => {
    expect(post("metas-hybrid-ai-open-source-strategy-revealed").hero).toMatchObject({ path: "2026/12/meta-open-and-closed-models.jpg", alt: "Abstract illustration of interlocking open and closed network nodes" });
    expect(post("eu-chips-act-money-reaches-the-packaging-plants").featured).toBe(true);
  });

  it("turns Ghost's social fields into profile links", () => {
    const arturas = site.authors.find((a) => a.slug === "arturas-malasauskas")!;
    expect(arturas.links).toEqual([
      { kind: "website", url: "https://muza-ai.eu" },
      { kind: "linkedin", url: "https://www.linkedin.com/in/arturas-malasauskas/" },
    ]);
    expect(site.authors.find((a) => a.slug === "elena-marsh")!.photo?.path).toBe("2026/12/elena-marsh.png");
  });

  it("keeps the page out and records the old addresses and the redirect", () => {
    expect(post("about")).toMatchObject({ type: "page", status: null });
    expect(post("open-weight-licences-explained").oldPaths).toEqual(["/open-weight-licences-explained"]);
    expect(site.redirects).toEqual([{ from: "/open-source-licences-explained", to: "/open-weight-licences-explained" }]);
  });
});
