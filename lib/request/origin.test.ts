import { describe, expect, it } from "vitest";
import { originAllowed } from "@/lib/request/origin";

const site = "https://news.example.com";

describe("originAllowed", () => {
  it("admits the site's own origin under both policies", () => {
    expect(originAllowed(site, "same-origin", site)).toBe(true);
    expect(originAllowed(site, "same-origin-or-none", site)).toBe(true);
  });

  it.each(["https://evil.example", "http://news.example.com", "https://news.example.com:8443", "https://sub.news.example.com", "null"])(
    "refuses %s under both policies",
    (origin) => {
      expect(originAllowed(origin, "same-origin", site)).toBe(false);
      expect(originAllowed(origin, "same-origin-or-none", site)).toBe(false);
    },
  );

  it("admits a request without an Origin only where non-browser callers are expected", () => {
    expect(originAllowed(null, "same-origin", site)).toBe(false);
    expect(originAllowed(null, "same-origin-or-none", site)).toBe(true);
    expect(originAllowed("", "same-origin", site)).toBe(false);
  });
});
