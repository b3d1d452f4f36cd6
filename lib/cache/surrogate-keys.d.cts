/** Types of surrogate-keys.cjs (CommonJS, shared by cache-handler.cjs, the purger and route handlers). */

export const SITE_TAG: "site";
export const MAX_KEY_HEADER_BYTES: number;
export function digestKey(tag: string): string;
export function surrogateKeyHeader(tags: readonly string[]): string;
export function surrogateKeyHeaders(tags: readonly string[]): Record<string, string>;
export function purgeKeys(tags: readonly string[]): string[];
