import { describe, expect, it } from "vitest";
import { legacyAddress, normaliseLegacyPath, pathInSite, wordpressPostPaths } from "./legacy-paths";
import { legacyQueryRewrites } from "./legacy-query.cjs";

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

  it("keeps each of WordPress's content queries, the first one present when there are several", () => {
    expect(normaliseLegacyPath("/?page_id=44")).toBe("/?page_id=44");
    expect(normaliseLegacyPath("/?cat=3")).toBe("/?cat=3");
    expect(normaliseLegacyPath("/?tag=Open-Source")).toBe("/?tag=open-source");
    expect(normaliseLegacyPath("/?tag=%C5%BEinios")).toBe("/?tag=žinios");
    expect(normaliseLegacyPath("http://old.example/?author=2&paged=2")).toBe("/?author=2");
    expect(normaliseLegacyPath("/?cat=3&p=4")).toBe("/?p=4");
    expect(normaliseLegacyPath("/?tag=")).toBe("/");
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

  it("gives each rewritten query the address an import recorded for it", () => {
    const recorded = (segments: string[]) => normaliseLegacyPath(legacyAddress(segments));
    expect(recorded(["legacy-query", "page_id", "44"])).toBe("/?page_id=44");
    expect(recorded(["legacy-query", "cat", "3"])).toBe("/?cat=3");
    expect(recorded(["legacy-query", "author", "2"])).toBe("/?author=2");
    expect(recorded(["legacy-query", "tag", "Open-Source"])).toBe("/?tag=open-source");
    // Segments arrive decoded; a tag's own "&" or "#" stays in its value.
    expect(recorded(["legacy-query", "tag", "žinios"])).toBe("/?tag=žinios");
    expect(recorded(["legacy-query", "tag", "r&d"])).toBe("/?tag=r&d");
    // Only WordPress's content queries are rewritten; anything else is an ordinary path.
    expect(legacyAddress(["legacy-query", "s", "chips"])).toBe("/legacy-query/s/chips");
  });
});

describe("legacyQueryRewrites", () => {
  const rewrites = legacyQueryRewrites();
  const matching = (query: Record<string, string>) =>
    rewrites.find((r) => r.has.every((h) => h.key in query && new RegExp(`^${h.value}$`).test(query[h.key]!)));

  it("sends each content query on the front page to the catch-all page, in WordPress's order", () => {
    expect(rewrites.map((r) => r.has[0]!.key)).toEqual(["p", "page_id", "cat", "tag", "author"]);
    expect(rewrites.every((r) => r.source === "/")).toBe(true);
    expect(matching({ p: "4" })?.destination).toBe("/legacy-query/p/:value");
    expect(matching({ cat: "3", p: "4" })?.has[0]!.key).toBe("p");
    expect(matching({ tag: "žinios" })?.destination).toBe("/legacy-query/tag/:value");
    expect(matching({ author: "2" })?.destination).toBe("/legacy-query/author/:value");
  });

  it("leaves the front page alone without one, or with a value WordPress never used", () => {
    expect(matching({})).toBeUndefined();
    expect(matching({ utm_source: "feed" })).toBeUndefined();
    expect(matching({ p: "four" })).toBeUndefined();
    expect(matching({ cat: "" })).toBeUndefined();
    expect(matching({ tag: "a/b" })).toBeUndefined();
  });
});
