/**
 * Probes of the page cache for the caching tests: requests that report what Next.js's cache
 * answered (`x-nextjs-cache`), and the expectations built on them.
 */
import type { APIRequestContext, APIResponse, Response } from "@playwright/test";
import { expect } from "@playwright/test";

/** What Next.js sends for a page kept for the layout's `revalidate` (60 s) within `expireTime` (1 h). */
export const PUBLIC_CACHE_CONTROL = "s-maxage=60, stale-while-revalidate=3540";

export type AnyResponse = APIResponse | Response;

/**
 * A GET whose connection closes after the response. A test pauses between requests (while a
 * person acts in the browser) for longer than the server keeps an idle connection open; reusing
 * one the server is closing at that moment fails with ECONNRESET.
 */
export function get(request: APIRequestContext, path: string, options: { maxRedirects?: number } = {}): Promise<APIResponse> {
  return request.get(path, { ...options, headers: { connection: "close" } });
}

export function cacheState(response: AnyResponse | null): string | undefined {
  return response?.headers()["x-nextjs-cache"];
}

/**
 * Requests `path` until the cache answers it, and returns that answer: the page as the next reader
 * gets it. Pages other test files can change meanwhile (the front page lists every story published
 * anywhere) may need a second render before a HIT.
 */
export async function cachedResponse(request: APIRequestContext, path: string): Promise<APIResponse> {
  let hit: APIResponse | undefined;
  await expect(async () => {
    await get(request, path);
    const response = await get(request, path);
    expect(cacheState(response), `${path} is served from the cache`).toBe("HIT");
    hit = response;
  }).toPass({ timeout: 15_000 });
  return hit!;
}

/** Requests each path until the cache answers it: the page is cached, as the next reader would get it. */
export async function warm(request: APIRequestContext, ...paths: string[]): Promise<void> {
  for (const p of paths) await cachedResponse(request, p);
}

/** The response to the first request after a change: rendered afresh, not the cached copy. */
export function expectFresh(response: AnyResponse | null, what: string): void {
  expect(response, what).not.toBeNull();
  expect(cacheState(response), `${what} is rendered afresh after the change`).toBe("MISS");
}

/**
 * Pages warmed before a change are still served from the cache after it. A copy older than the
 * revalidate time (60 s; a test can take that long) is served as STALE while it is rendered again
 * in the background; one whose tag was invalidated is never served (MISS).
 */
export async function expectStillCached(request: APIRequestContext, ...paths: string[]): Promise<void> {
  for (const p of paths) expect(["HIT", "STALE"], `${p}, which the change does not touch, is still served from the cache`).toContain(cacheState(await get(request, p)));
}
