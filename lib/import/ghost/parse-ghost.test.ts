import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseGhostExport } from "./parse-ghost";

const json = fs.readFileSync(path.resolve("test/fixtures/imports/ghost/export.json"), "utf8");

describe("parseGhostExport", () => {
  it("reads a Ghost 5 export", () => {
    const g = parseGhostExport(json);
    expect(g.meta.version).toBe("5.130.6");
    expect([g.data.posts.length, g.data.users.length, g.data.tags.length, g.data.posts_authors.length, g.data.posts_tags.length]).toEqual([12, 2, 18, 15, 30]);
  });

  it("reads the bare { meta, data } form too", () => {
    const bare = JSON.stringify((JSON.parse(json) as { db: unknown[] }).db[0]);
    expect(parseGhostExport(bare).data.posts).toHaveLength(12);
  });

  it("refuses what is not a Ghost export, saying why", () => {
    expect(() => parseGhostExport(json.slice(0, 1000), "export.json")).toThrow(/^export\.json is not valid JSON/);
    expect(() => parseGhostExport("[]", "list.json")).toThrow(/list\.json is not a Ghost export/);
    expect(() => parseGhostExport('{"db":[{"meta":{},"data":{"posts":"none"}}]}', "x.json")).toThrow(/data\.posts/);
  });
});
