/** Types of legacy-query.cjs (CommonJS, read by next.config.js and lib/redirects/legacy-paths.ts). */

export type LegacyQueryKey = "p" | "page_id" | "cat" | "tag" | "author";
export const LEGACY_QUERY_SEGMENT: "legacy-query";
export const LEGACY_QUERY_KEYS: readonly LegacyQueryKey[];
export const LEGACY_QUERY_VALUES: Readonly<Record<LegacyQueryKey, string>>;
export function legacyQueryRewrites(): { source: "/"; has: { type: "query"; key: LegacyQueryKey; value: string }[]; destination: string }[];
