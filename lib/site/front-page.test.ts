import { describe, expect, it } from "vitest";
import { sectionBlocks } from "@/lib/site/front-page";

const sections = [{ id: "ai" }, { id: "policy" }, { id: "empty" }];
const story = (id: string) => ({ id });

describe("the front page's section blocks", () => {
  const latest = new Map([
    ["ai", ["lead", "a2", "a3", "a4", "a5"].map(story)],
    ["policy", ["p1", "p2", "p3", "p4", "p5"].map(story)],
  ]);

  it("leave out the lead story and still show four of its section", () => {
    const blocks = sectionBlocks(sections, latest, "lead");
    expect(blocks.map((b) => b.section.id)).toEqual(["ai", "policy"]);
    expect(blocks[0]?.articles.map((a) => a.id)).toEqual(["a2", "a3", "a4", "a5"]);
  });

  it("show the first four of a section the lead is not in", () => {
    expect(sectionBlocks(sections, latest, "lead")[1]?.articles.map((a) => a.id)).toEqual(["p1", "p2", "p3", "p4"]);
  });

  it("drop a section whose only story is the lead, and sections with none", () => {
    const blocks = sectionBlocks(sections, new Map([["ai", [story("lead")]]]), "lead");
    expect(blocks).toEqual([]);
  });

  it("keep everything when there is no lead (nothing published)", () => {
    expect(sectionBlocks(sections, latest, null)[0]?.articles.map((a) => a.id)).toEqual(["lead", "a2", "a3", "a4"]);
  });
});
