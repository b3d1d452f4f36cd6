import { describe, expect, it } from "vitest";
import { markdownTable, replaceSection } from "./report";

describe("BENCHMARKS.md sections", () => {
  const header = "# Benchmarks\n";

  it("appends a section the file does not have yet", () => {
    expect(replaceSection(header, "bench", "## Load\n")).toBe("# Benchmarks\n\n<!-- bench:start -->\n## Load\n<!-- bench:end -->\n");
  });

  it("replaces one command's section and keeps the other's", () => {
    const both = replaceSection(replaceSection(header, "bench", "old load"), "page-weight", "weights");
    const next = replaceSection(both, "bench", "new load");
    expect(next).toContain("<!-- bench:start -->\nnew load\n<!-- bench:end -->");
    expect(next).not.toContain("old load");
    expect(next).toContain("<!-- page-weight:start -->\nweights\n<!-- page-weight:end -->");
    expect(next.indexOf("new load")).toBeLessThan(next.indexOf("weights"));
  });
});

describe("markdown tables", () => {
  it("pads the columns and right-aligns the numbers", () => {
    expect(markdownTable(["page", "req/s"], [["article", "5"], ["/", "1200"]])).toBe(
      ["| page    | req/s |", "|---------|------:|", "| article |     5 |", "| /       |  1200 |"].join("\n"),
    );
  });
});
