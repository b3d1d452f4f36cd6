/**
 * Cross-site request refusal for state-changing route handlers. Server actions need none of
 * this: Next.js compares their Origin with the Host itself. Route handlers get no such check,
 * so each one that changes something declares what it accepts:
 *
 * - "same-origin": the Origin header must be the site's (SITE_URL). Browsers send Origin with
 *   every POST, so a request without one did not come from a page of ours.
 * - "same-origin-or-none": as above, but a request without an Origin is allowed, for callers
 *   that are not browsers (RFC 8058 one-click unsubscribe is POSTed by mail servers). A foreign
 *   Origin, or the opaque "null", is still refused.
 */
import { env } from "@/lib/env";
import { log } from "@/lib/log";

export type OriginPolicy = "same-origin" | "same-origin-or-none";

const siteOrigin = new URL(env.SITE_URL).origin;

/** True when a request with this Origin header (null: none sent) passes the policy. */
export function originAllowed(origin: string | null, policy: OriginPolicy, site: string = siteOrigin): boolean {
  if (origin === null || origin === "") return policy === "same-origin-or-none";
  return origin === site;
}

/**
 * Wraps a route handler: a request whose Origin fails the policy gets a 403 and never reaches
 * the handler.
 */
export function withOriginCheck<A extends unknown[]>(policy: OriginPolicy, handler: (request: Request, ...rest: A) => Promise<Response>) {
  return async (request: Request, ...rest: A): Promise<Response> => {
    const origin = request.headers.get("origin");
    if (!originAllowed(origin, policy)) {
      log.warn("request.cross-origin-refused", { path: new URL(request.url).pathname, method: request.method, origin });
      return new Response("Cross-site request refused.", {
        status: 403,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
      });
    }
    return handler(request, ...rest);
  };
}
