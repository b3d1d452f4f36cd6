import { describe, expect, it } from "vitest";
import { authorFormSchema, httpsUrlProblem } from "@/lib/authors/schemas";

/** The form as formInput() hands it to the schema: one string per field name. */
const form = (fields: Record<string, string>) => ({ id: "", name: "Ada Example", slug: "", jobTitle: "", bio: "", photoId: "", userId: "", ...fields });

const errorsOf = (fields: Record<string, string>) => {
  const result = authorFormSchema.safeParse(form(fields));
  expect(result.success).toBe(false);
  return Object.fromEntries(result.error!.issues.map((i) => [String(i.path[0]), i.message]));
};

describe("the author form", () => {
  it("keeps the order of filled rows and ignores blank ones", () => {
    const result = authorFormSchema.parse(
      form({
        "affiliations.0.role": "",
        "affiliations.0.organisation": "",
        "affiliations.0.url": "",
        "affiliations.1.role": " Technical editor ",
        "affiliations.1.organisation": "example.com",
        "affiliations.1.url": "",
        "affiliations.3.role": "Fellow",
        "affiliations.3.organisation": "Example Institute",
        "affiliations.3.url": "https://institute.example.org/fellows",
        "links.0.kind": "",
        "links.0.url": "",
        "links.2.kind": "github",
        "links.2.url": "https://github.com/ada",
        "links.4.kind": "linkedin",
        "links.4.url": "https://www.linkedin.com/in/ada",
      }),
    );
    expect(result.affiliations).toEqual([
      { role: "Technical editor", organisation: "example.com", url: null },
      { role: "Fellow", organisation: "Example Institute", url: "https://institute.example.org/fellows" },
    ]);
    expect(result.links).toEqual([
      { kind: "github", url: "https://github.com/ada" },
      { kind: "linkedin", url: "https://www.linkedin.com/in/ada" },
    ]);
    expect(result.photoId).toBeNull();
    expect(result.userId).toBeNull();
  });

  it("reports each problem under its own field", () => {
    expect(
      errorsOf({
        name: "  ",
        slug: "Not A Slug",
        "affiliations.1.role": "Editor",
        "links.2.kind": "myspace",
        "links.2.url": "https://myspace.example.com/ada",
        "links.3.kind": "website",
      }),
    ).toEqual({
      name: "Give the author a name.",
      slug: "Use lowercase letters, digits and single dashes, e.g. ai-models.",
      "affiliations.1.organisation": "Name the organisation, e.g. example.com.",
      "links.2.kind": "Choose what kind of link this is.",
      "links.3.url": "Enter the address, or clear this row.",
    });
  });

  it("accepts https links only, each once", () => {
    expect(errorsOf({ "links.0.kind": "website", "links.0.url": "http://ada.example.com" })).toEqual({
      "links.0.url": "Use a secure address starting with https://",
    });
    expect(errorsOf({ "links.0.kind": "x", "links.0.url": "javascript:alert(1)" })).toEqual({
      "links.0.url": "Use a secure address starting with https://",
    });
    expect(
      errorsOf({ "links.0.kind": "x", "links.0.url": "https://x.com/ada", "links.1.kind": "x", "links.1.url": "https://x.com/ada" }),
    ).toEqual({ "links.1.url": "This address is already listed above." });
    expect(errorsOf({ "affiliations.0.role": "Editor", "affiliations.0.organisation": "Ex", "affiliations.0.url": "ftp://ex.example" })).toEqual({
      "affiliations.0.url": "Use a secure address starting with https://",
    });
  });
});

describe("https addresses", () => {
  it("need a scheme, a public host and no credentials", () => {
    expect(httpsUrlProblem("https://example.com/ada")).toBeNull();
    expect(httpsUrlProblem("example.com")).toMatch(/full address/);
    expect(httpsUrlProblem("https://localhost/")).toMatch(/public website/);
    expect(httpsUrlProblem("https://user:pw@example.com/")).toMatch(/public website/);
    expect(httpsUrlProblem(`https://example.com/${"a".repeat(500)}`)).toMatch(/under 500/);
  });
});
