import { describe, it, expect } from "vitest";
import { articleSanitizeSchema } from "./sanitize-schema";

const allAttributeNames = (): string[] =>
  Object.values(articleSanitizeSchema.attributes ?? {}).flatMap((definitions) =>
    definitions.map((definition) => (typeof definition === "string" ? definition : definition[0])),
  );

describe("articleSanitizeSchema", () => {
  it("allows no style or event-handler attributes anywhere", () => {
    const names = allAttributeNames();
    expect(names).not.toContain("style");
    expect(names.filter((name) => /^on/i.test(name))).toEqual([]);
  });

  it("allows no embedding or scripting elements", () => {
    for (const tag of ["script", "style", "iframe", "object", "embed", "svg", "math", "form", "picture", "source"]) {
      expect(articleSanitizeSchema.tagNames).not.toContain(tag);
    }
    expect(articleSanitizeSchema.strip).toEqual(expect.arrayContaining(["script", "style", "iframe", "svg"]));
  });

  it("restricts URL protocols", () => {
    expect(articleSanitizeSchema.protocols).toEqual({
      href: ["http", "https", "mailto"],
      src: ["http", "https"],
      cite: ["http", "https"],
    });
  });

  it("keeps DOM-clobbering protection", () => {
    expect(articleSanitizeSchema.clobberPrefix).toBe("user-content-");
    expect(articleSanitizeSchema.clobber).toEqual(expect.arrayContaining(["id", "name"]));
  });
});
