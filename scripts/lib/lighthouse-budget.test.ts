import { describe, expect, it } from "vitest";
import { judge, median, type PageResult } from "./lighthouse-budget";

const page = (over: Partial<PageResult> = {}): PageResult => ({
  path: "/",
  performance: 97,
  accessibility: 100,
  "best-practices": 100,
  seo: 100,
  runs: 5,
  held: 0,
  ...over,
});
const fastMachine = page({ path: "/static", performance: 100 });
const slowMachine = page({ path: "/static", performance: 94 });

describe("judge", () => {
  it("passes pages within the budget on a machine that can measure them", () => {
    expect(judge([page(), page({ path: "/articles/a", performance: 95 })], fastMachine)).toEqual({ failures: [], warnings: [] });
  });

  it("fails a page under the performance budget when the bare page scores as a fast machine does", () => {
    const { failures } = judge([page({ performance: 91 })], fastMachine);
    expect(failures).toEqual(["/: performance 91 (budget 95; the bare Next.js page scored 100)"]);
  });

  it("fails accessibility, best practices and SEO under budget on any machine", () => {
    const { failures } = judge([page({ performance: 80, accessibility: 96, seo: 92 })], slowMachine);
    expect(failures).toEqual(["/: accessibility 96 (budget 100)", "/: seo 92 (budget 100)"]);
  });

  it("reports, not fails, performance on a machine where the bare page itself loses points", () => {
    const { failures, warnings } = judge([page({ performance: 84 })], slowMachine);
    expect(failures).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/^\/: performance 84 not gated: the bare Next\.js page scored 94 on this machine/)]);
  });

  it("warns instead of failing when the browser held the first paint of every run", () => {
    const { failures, warnings } = judge([page({ performance: null, held: 10, runs: 10 })], fastMachine);
    expect(failures).toEqual([]);
    expect(warnings).toEqual(["/: the browser held the first paint in all 10 runs, so its performance was not measured (traces saved)."]);
  });

  it("does not gate performance when the bare page could not be measured either", () => {
    const { failures, warnings } = judge([page({ performance: 60 })], page({ path: "/static", performance: null }));
    expect(failures).toEqual([]);
    expect(warnings[0]).toContain("scored nothing (every run held)");
  });
});

describe("median", () => {
  it("is the middle value, the lower of the two middle ones for an even count, null for none", () => {
    expect(median([97, 91, 99])).toBe(97);
    expect(median([99, 91, 97, 95])).toBe(95);
    expect(median([])).toBeNull();
  });
});
