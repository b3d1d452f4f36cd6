import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

/** One paragraph per rule broken: what, how bad, where, and axe's own explanation of each failure. */
function describeViolations(violations: Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `  - ${n.target.join(" ")}\n      ${(n.failureSummary ?? "").replace(/\n\s*/g, "\n      ")}`);
      return [`${v.id} [${v.impact ?? "?"}] ${v.help} (${v.nodes.length})`, `  ${v.helpUrl}`, ...nodes].join("\n");
    })
    .join("\n\n");
}

/** The WCAG 2.2 A/AA violations axe finds on the page as it is now, as readable text ("" when none). */
export async function wcagViolations(page: Page): Promise<string> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return describeViolations(results.violations);
}
