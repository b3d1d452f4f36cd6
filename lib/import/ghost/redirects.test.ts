import { describe, expect, it } from "vitest";
import { fixedPath, parseGhostRedirects } from "./redirects";

describe("Ghost redirects", () => {
  it("reads the fixed paths of redirects.yaml and counts the patterns", () => {
    const yaml = "301:\n  ^/open-source-licences-explained/$: /open-weight-licences-explained/\n  ^/blog/(.*)$: /$1\n302:\n  /old-page/?: /new-page/\n";
    expect(parseGhostRedirects(yaml)).toEqual({
      rules: [
        { from: "/open-source-licences-explained", to: "/open-weight-licences-explained" },
        { from: "/old-page", to: "/new-page" },
      ],
      patterns: 1,
    });
  });

  it("reads the older redirects.json", () => {
    expect(parseGhostRedirects('[{"from": "^\\\\/a\\\\/$", "to": "/b/", "permanent": true}]').rules).toEqual([{ from: "/a", to: "/b" }]);
  });

  it("treats a rule with a real pattern as no fixed path", () => {
    expect(fixedPath("^/tag/(.+)/$")).toBeNull();
    expect(fixedPath("^\\/news\\/2020\\.html$")).toBe("/news/2020.html");
  });

  it("refuses a file that is neither", () => {
    expect(() => parseGhostRedirects("301: [unclosed", "redirects.yaml")).toThrow(/redirects\.yaml is neither YAML nor JSON/);
    expect(() => parseGhostRedirects("just text", "redirects.yaml")).toThrow(/holds no redirect rules/);
  });
});
