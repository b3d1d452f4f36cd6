/**
 * What `npm run lighthouse` holds a page to, and when a score says something about the page
 * rather than the machine it was measured on.
 *
 * Accessibility, Best Practices and SEO do not depend on timing: they are hard gates on every
 * machine. Performance does. It is judged only on runs the browser painted normally (see
 * held-paint.ts), and only on a machine fast enough for Lighthouse's simulated phone: the bare
 * Next.js page audited in the same run (the framework's own floor: its runtime, nothing of
 * Masthead's) must itself score at least CALIBRATED. Lighthouse's 4× CPU slowdown assumes a fast
 * desktop; on a slower host every page, the bare one included, loses points that are the host's,
 * and Masthead's score is then reported beside the bare page's with a warning, not failed.
 */
export const BUDGET = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 } as const;
export type Category = keyof typeof BUDGET;
export const CATEGORIES = Object.keys(BUDGET) as Category[];

/** The bare Next.js page's score below which a machine cannot hold a page to the performance budget. */
export const CALIBRATED = 99;

export interface PageResult {
  path: string;
  /** Median performance over the runs the browser painted normally; null when it held every run. */
  performance: number | null;
  /** Median of every run: these categories do not depend on when the browser painted. */
  accessibility: number;
  "best-practices": number;
  seo: number;
  /** Runs made, and how many of them the browser held. */
  runs: number;
  held: number;
}

export interface Verdict {
  failures: string[];
  warnings: string[];
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

export function judge(pages: PageResult[], reference: PageResult): Verdict {
  const failures: string[] = [];
  const warnings: string[] = [];
  for (const page of pages) {
    for (const category of ["accessibility", "best-practices", "seo"] as const) {
      if (page[category] < BUDGET[category]) failures.push(`${page.path}: ${category} ${page[category]} (budget ${BUDGET[category]})`);
    }
  }

  const calibrated = reference.performance !== null && reference.performance >= CALIBRATED;
  for (const page of pages) {
    if (page.performance === null) {
      warnings.push(`${page.path}: the browser held the first paint in all ${page.runs} runs, so its performance was not measured (traces saved).`);
    } else if (!calibrated) {
      warnings.push(
        `${page.path}: performance ${page.performance} not gated: the bare Next.js page scored ${reference.performance ?? "nothing (every run held)"} on this machine, under ${CALIBRATED}, so the machine is slower than the budget assumes.`,
      );
    } else if (page.performance < BUDGET.performance) {
      failures.push(`${page.path}: performance ${page.performance} (budget ${BUDGET.performance}; the bare Next.js page scored ${reference.performance})`);
    }
  }
  return { failures, warnings };
}
