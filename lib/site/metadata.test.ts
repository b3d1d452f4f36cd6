import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { ROUTE_SHARE_IMAGE, openGraphLocale, pageMetadata } from "@/lib/site/metadata";

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

describe("openGraphLocale", () => {
  it.each([
    ["en", "en_US"],
    ["en-GB", "en_GB"],
    ["lt", "lt_LT"],
    ["pt", "pt_BR"],
    ["zh-Hant-TW", "zh_TW"],
    ["es-419", "es_ES"],
  ])("%s → %s", (tag, locale) => {
    expect(openGraphLocale(tag)).toBe(locale);
  });

  it("gives no locale for a language it cannot place", () => {
    expect(openGraphLocale("qaa")).toBeUndefined();
    expect(openGraphLocale("not a tag")).toBeUndefined();
  });
});

describe("pageMetadata", () => {
  const base = { title: "A story", description: "d", path: "/articles/a-story" };

  it("writes Open Graph's language_TERRITORY locale for the site language", () => {
    expect(pageMetadata(base).openGraph).toMatchObject({ locale: openGraphLocale(env.SITE_LANGUAGE) });
    expect(openGraphLocale(env.SITE_LANGUAGE)).toMatch(/^[a-z]{2,3}_[A-Z]{2}$/);
  });

  it("leaves images out entirely when the route draws its own share card, so Next.js uses the file", () => {
    const meta = pageMetadata({ ...base, image: ROUTE_SHARE_IMAGE, type: "article" });
    expect(meta.openGraph).not.toHaveProperty("images");
    expect(meta.twitter).not.toHaveProperty("images");
    expect(meta.twitter).toMatchObject({ card: "summary_large_image" });
  });

  it("makes a stored image absolute; a portrait gets the small Twitter card", () => {
    const meta = pageMetadata({ ...base, image: { url: "/media/p/640.jpg", width: 640, height: 640, alt: "Portrait" } });
    expect(meta.openGraph?.images).toEqual([{ url: `${env.SITE_URL}/media/p/640.jpg`, width: 640, height: 640, alt: "Portrait" }]);
    expect(meta.twitter).toMatchObject({ card: "summary", images: [{ url: `${env.SITE_URL}/media/p/640.jpg`, alt: "Portrait" }] });
  });

  it("keeps the front page's title as it is and can ask search engines not to index a page", () => {
    expect(pageMetadata({ ...base, absoluteTitle: true }).title).toEqual({ absolute: "A story" });
    expect(pageMetadata(base).title).toBe("A story");
    expect(pageMetadata(base).robots).toBeUndefined();
    expect(pageMetadata({ ...base, noindex: true }).robots).toEqual({ index: false, follow: true });
  });

  it("says which page of a list it is from page 2 on, so no two pages share a title or description", () => {
    expect(pageMetadata({ ...base, page: 1 })).toMatchObject({ title: "A story", description: "d" });
    expect(pageMetadata({ ...base, page: 3 })).toMatchObject({ title: "A story — page 3", description: "d Page 3." });
    expect(pageMetadata({ ...base, page: 3 }).openGraph).toMatchObject({ title: "A story — page 3" });
  });
});
