import { describe, expect, it } from "vitest";
import { emailKey, nameKey } from "./names";

describe("matching people by name and email", () => {
  it("ignores case, diacritics, punctuation and spacing in names", () => {
    expect(nameKey("Arturas Malasauskas")).toBe(nameKey("Artūras Malašauskas"));
    expect(nameKey("  ELENA   marsh ")).toBe(nameKey("Elena Marsh"));
    expect(nameKey("Elena Marsh")).not.toBe(nameKey("Elena March"));
  });

  it("ignores case and surrounding spaces in emails", () => {
    expect(emailKey(" Rasa.Vaitkute@Example.COM ")).toBe("rasa.vaitkute@example.com");
  });
});
