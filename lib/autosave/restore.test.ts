import { describe, expect, it } from "vitest";
import { autosavedFieldsSchema, autosaveFormSchema } from "@/lib/autosave/schemas";
import { autosaveKey, editorStartFromAutosave } from "@/lib/autosave/restore";

describe("autosave form", () => {
  it("keeps what the rules of a save would refuse: an empty headline, a slug with spaces", () => {
    const parsed = autosaveFormSchema.parse({ articleId: "", version: "3", title: "", slug: "Not A Slug", body: "Half a sentence" });
    expect(parsed).toMatchObject({ articleId: null, version: 3, title: "", slug: "Not A Slug", body: "Half a sentence", standfirst: "" });
  });

  it("joins the repeated author selects as a refused save echoes them", () => {
    expect(autosaveFormSchema.parse({ authorIds: ["a1", "", "b2"] }).authorIds).toBe("a1,,b2");
  });

  it("refuses a body longer than an article may be, and an id that names no row", () => {
    expect(autosaveFormSchema.safeParse({ body: "x".repeat(200_001) }).success).toBe(false);
    expect(autosaveFormSchema.safeParse({ articleId: "../etc" }).success).toBe(false);
  });
});

describe("restoring an autosave", () => {
  it("opens the form with the autosaved text, byline order, tags and schedule", () => {
    const fields = autosavedFieldsSchema.parse({
      title: "Storm closes the bridge",
      body: "The bridge closed at noon.",
      heroImageId: "",
      sectionId: "s1",
      tags: "Weather, Transport ,",
      authorIds: "b2,,a1",
      commentsOpen: "",
      scheduledAt: "2026-12-08T09:30",
    });
    const start = editorStartFromAutosave(fields);
    expect(start.initial).toMatchObject({ title: "Storm closes the bridge", body: "The bridge closed at noon.", heroImageId: null, sectionId: "s1", authorIds: ["b2", "a1"], commentsOpen: false });
    expect(start.tagNames).toEqual(["Weather", "Transport"]);
    expect(start.scheduledAtLocal).toBe("2026-12-08T09:30");
  });

  it("ticks comments open when the box was ticked", () => {
    expect(editorStartFromAutosave(autosavedFieldsSchema.parse({ commentsOpen: "on" })).initial.commentsOpen).toBe(true);
  });

  it("keeps a new article's autosave in one slot per person, apart from every article's", () => {
    expect(autosaveKey(null)).toBe("new");
    expect(autosaveKey("ck1")).toBe("ck1");
  });
});
