/**
 * Probes of the edge for the tests through Varnish (e2e/edge): what the edge did with a request
 * (`X-Cache: HIT | MISS | PASS`, deploy/varnish/masthead.vcl), and requests straight to the
 * server behind it.
 */
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { expect } from "@playwright/test";
import { E2E_EDGE_APP_PORT } from "./ports";
import { get, type AnyResponse } from "./cache-probes";

/** The server behind the edge, for what only it shows (the cache tags the edge keeps to itself). */
export const APP_BEHIND_EDGE = `http://127.0.0.1:${E2E_EDGE_APP_PORT}`;

export function edgeState(response: AnyResponse | null): string | undefined {
  return response?.headers()["x-cache"];
}

/** Requests `path` until the edge answers it from its cache; returns that answer. */
export async function edgeHit(request: APIRequestContext, path: string): Promise<APIResponse> {
  let hit: APIResponse | undefined;
  await expect(async () => {
    const response = await get(request, path);
    expect(edgeState(response), `${path} is served by the edge`).toBe("HIT");
    hit = response;
  }).toPass({ timeout: 15_000 });
  return hit!;
}

/** Requests each path until the edge holds it. */
export async function warmEdge(request: APIRequestContext, ...paths: string[]): Promise<void> {
  for (const p of paths) await edgeHit(request, p);
}
