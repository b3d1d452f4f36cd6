/** The sentence above a page of search results. Pure. */

const count = (n: number) => n.toLocaleString("en");

/**
 * How many stories matched: exact up to the ranked window, "more than" past it, where only the
 * newest `total` are ranked (lib/search/queries.ts).
 */
export function searchSummary({ total, more }: { total: number; more: boolean }): string {
  if (more) return `More than ${count(total)} stories match. The best matches among the newest ${count(total)} come first.`;
  return `${count(total)} ${total === 1 ? "story matches" : "stories match"}, best match first.`;
}
