import { describe, expect, it } from "vitest";
import { legacyAddress, normaliseLegacyPath, pathInSite, wordpressPostPaths } from "./legacy-paths";

describe("normaliseLegacyPath", () => {
  it("drops the trailing slash, lowercases, decodes and keeps only WordPress's content queries", () => {
    expect(normaliseLegacyPath("/2026/11/Some-Story/")).toBe("/2026/11/some-story");
    expect(normaliseLegacyPath("/%C5%BEinios/")).toBe("/žinios");
    expect(normaliseLegacyPath("/?p=4")).toBe("/?p=4");
    expect(normaliseLegacyPath("/?utm_source=x&p=4")).toBe("/?p=4");
    expect(normaliseLegacyPath("/?page_id=44&preview=true")).toBe("/?page_id=44");
    expect(normaliseLegacyPath("/tag/eu/?utm_source=feed")).toBe("/tag/eu");
    expect(normaliseLegacyPath("http://old.example/about/")).toBe("/about");
    expect(normaliseLegacyPath("/")).toBe("/");
  });

  it("refuses what is not an address", () => {
    expect(normaliseLegacyPath("")).toBeNull();
    expect(normaliseLegacyPath("javascript:alert(1)")).toBeNull();
    expect(normaliseLegacyPath("mailto:desk@example.com")).toBeNull();
  });
});

describe("pathInSite", () => {
  it("recognises the old site's own links and nothing else", () => {
    const origins = ["http://localhost:8082", "__GHOST_URL__"];
    expect(pathInSite("http://localhost:8082/2026/10/x/", origins)).toBe("/2026/10/x");
    expect(pathInSite("__GHOST_URL__/x/", origins)).toBe("/x");
    expect(pathInSite("http://localhost:8082?p=4", origins)).toBe("/?p=4");
    expect(pathInSite("http://localhost:80821/x/", origins)).toBeNull();
    expect(pathInSite("https://example.org/x/", origins)).toBeNull();
  });
});

describe("wordpressPostPaths", () => {
  it("lists the permalink, ?p=ID and every structure of each slug, old ones included", () => {
    const paths = wordpressPostPaths({ id: "31", link: "http://wp.example/2026/11/new-name/", slugs: ["new-name", "old-name"], localDate: "2026-11-02 13:30:00", origins: ["http://wp.example"] });
    expect(paths.sort()).toEqual(
      ["/2026/11/new-name", "/?p=31", "/new-name", "/2026/11/02/new-name", "/old-name", "/2026/11/old-name", "/2026/11/02/old-name"].sort(),
    );
  });

  it("gives a draft only its ?p=ID address", () => {
    expect(wordpressPostPaths({ id: "35", link: "http://wp.example/?p=35", slugs: [], localDate: null, origins: ["http://wp.example"] })).toEqual(["/?p=35"]);
  });
});

describe("legacyAddress", () => {
  it("turns a catch-all page's segments back into the old address, the rewritten ?p=ID included", () => {
    expect(legacyAddress(["2026", "11", "story"])).toBe("/2026/11/story");
    expect(legacyAddress(["legacy-query", "p", "4"])).toBe("/?p=4");
    expect(legacyAddress(["legacy-query", "p"])).toBe("/legacy-query/p");
  });
});
