/** Rate-limit rules and their check. Pure: counting is the caller's business. */

export interface RateRule {
  /** How many events are allowed… */
  max: number;
  /** …within this many milliseconds. */
  windowMs: number;
  /** What the person is told when the rule refuses them. */
  message: string;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The first rule that `counts` (events already in each rule's window) would break, or null. */
export function firstBrokenRule(rules: readonly RateRule[], counts: readonly number[]): RateRule | null {
  return rules.find((rule, i) => (counts[i] ?? 0) >= rule.max) ?? null;
}
