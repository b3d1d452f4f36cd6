import { describe, expect, it } from "vitest";
import type { CommentRun } from "./comments";
import { engineSection, type EngineRun } from "./engines";
import type { Measurement } from "./load";

const measured = (rps: number): Measurement => ({
  requests: rps * 10,
  rps,
  p50: 10,
  p99: 40,
  errors: 0,
  non2xx: 0,
  statuses: { "200": rps * 10 },
  peakRss: 200 * 1024 * 1024,
  cache: {},
  cacheControl: {},
});

const posted = (rps: number): CommentRun => ({ ...measured(rps), acknowledged: rps * 10, refused: 0, failed: 0, failures: {}, stored: rps * 10, lost: 0, unacknowledged: 0, duplicates: 0 });

const run = (engine: EngineRun["engine"], rps: number): EngineRun => ({
  engine,
  pages: [
    { mode: "cached", connections: 10, m: measured(rps * 10) },
    { mode: "bypassed", connections: 10, m: measured(rps) },
  ],
  comments: posted(rps / 2),
});

describe("SQLite and PostgreSQL side by side", () => {
  it("says nothing when only one engine ran", () => {
    expect(engineSection([run("SQLite", 100)], 20, 15, "PostgreSQL 15.8")).toEqual([]);
  });

  it("puts each story run's figures side by side with PostgreSQL's share of SQLite's throughput", () => {
    const text = engineSection([run("SQLite", 200), run("PostgreSQL", 150)], 20, 15, "PostgreSQL 15.8, a throwaway server").join("\n");
    expect(text).toContain("PostgreSQL 15.8, a throwaway server");
    expect(text).toMatch(/\| story `bypassed` \|\s+10 \|\s+200 \|\s+150 \|\s+75 %/);
    expect(text).toMatch(/\| story `cached`\s+\|\s+10 \|\s+2000 \|\s+1500 \|\s+75 %/);
    expect(text).toContain("Comment posting, 20 concurrent writers, 15 s each:");
    expect(text).toMatch(/\| PostgreSQL \|\s+75 \|/);
  });

  it("shows a failed comment run as failed", () => {
    const text = engineSection([run("SQLite", 200), { ...run("PostgreSQL", 150), comments: new Error("refused") }], 20, 15, "PostgreSQL 15.8").join("\n");
    expect(text).toMatch(/\| PostgreSQL \| failed \|/);
  });
});
