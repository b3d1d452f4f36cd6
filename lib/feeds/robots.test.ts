import { describe, expect, it } from "vitest";
import { buildRobotsTxt } from "@/lib/feeds/robots";

describe("buildRobotsTxt", () => {
  it("allows everything but the listed prefixes and names every sitemap", () => {
    expect(buildRobotsTxt({ disallow: ["/admin", "/api"], sitemaps: ["https://x.example/sitemap.xml", "https://x.example/news-sitemap.xml"] })).toBe(
      [
        "User-agent: *",
        "Allow: /",
        "Disallow: /admin",
        "Disallow: /api",
        "",
        "Sitemap: https://x.example/sitemap.xml",
        "Sitemap: https://x.example/news-sitemap.xml",
        "",
      ].join("\n"),
    );
  });
});
