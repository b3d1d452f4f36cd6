import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { pageMetadata } from "@/lib/site/metadata";

describe("pageMetadata feeds", () => {
  it("announces each feed as an absolute application/rss+xml alternate", () => {
    const meta = pageMetadata({
      title: "Policy",
      description: "d",
      path: "/sections/policy",
      feeds: [
        { title: "Policy — Masthead", path: "/sections/policy/feed.xml" },
        { title: "Masthead", path: "/feed.xml" },
      ],
    });
    expect(meta.alternates).toEqual({
      canonical: `${env.SITE_URL}/sections/policy`,
      types: {
        "application/rss+xml": [
          { title: "Policy — Masthead", url: `${env.SITE_URL}/sections/policy/feed.xml` },
          { title: "Masthead", url: `${env.SITE_URL}/feed.xml` },
        ],
      },
    });
  });

  it("adds no alternate types without feeds", () => {
    expect(pageMetadata({ title: "t", description: "d", path: "/x" }).alternates).toEqual({ canonical: `${env.SITE_URL}/x` });
    expect(pageMetadata({ title: "t", description: "d", path: "/x", feeds: [] }).alternates).toEqual({ canonical: `${env.SITE_URL}/x` });
  });
});
