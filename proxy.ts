/**
 * Runs before every request except build assets and plain reads of cached public pages:
 * - refuses what no route can answer: an address that is not valid percent-encoded UTF-8 (400),
 *   a body larger than any form accepts (413) before anything reads it, and a POST from another
 *   site or one Next.js's server-action decoder cannot read (lib/request/malformed-post.ts);
 * - gives the request an id (kept from the client when it is a plain token, so a load balancer's
 *   id carries through) that every log line of the request repeats and the response echoes;
 * - sends the site's Content-Security-Policy and, under https, HSTS — decided from the SITE_URL
 *   the server runs with, not the one it was built with. A response rendered per request gets a
 *   fresh nonce in it (lib/security/csp.cjs).
 *
 * Cached public pages (the front page, stories, section, tag and author pages, corrections) are
 * most of the traffic, and running the proxy costs each of them about a third of its throughput.
 * A GET or HEAD of one, at an address of plain slug characters, without a body, an action or
 * draft mode, skips it (the `matcher` below): such a page is served from the cache with the
 * security headers the cache handler stored with it, computed from the same environment
 * (lib/security/csp.cjs `cachedPageHeaders`), and it logs nothing that would need an id.
 */
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { databaseAnswers } from "@/lib/health/database-answers";
import { log } from "@/lib/log";
import { knownActions } from "@/lib/request/known-actions";
import { MAX_REQUEST_BODY_BYTES } from "@/lib/request/limits.cjs";
import { TOO_LARGE, refusePost } from "@/lib/request/malformed-post";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/request/request-id";
import { REQUESTED_PATH_HEADER } from "@/lib/request/requested-path";
import { databaseBusyResponse } from "@/lib/request/route";
import { HSTS, noncePolicy, policyOptionsFrom, sitePolicy } from "@/lib/security/csp.cjs";

const POLICY_OPTIONS = policyOptionsFrom(env);
const SITE_ORIGIN = new URL(env.SITE_URL).origin;
const SITE_POLICY = sitePolicy(POLICY_OPTIONS);

/**
 * The pages served from the cache, as the first `matcher` below leaves them out (plus the feeds,
 * sitemaps and images, which are not HTML). Every other page that reaches the proxy is rendered per
 * request (the route table in the build output): the admin, account, sign-in, search and
 * discussion pages, and the 404 of an address no route claims (app/global-not-found.tsx).
 */
const CACHED_PAGE = /^\/$|^\/articles\/[a-z0-9-]+$|^\/(?:sections|tags|authors)\/[a-z0-9-]+(?:\/page\/[0-9]+)?$|^\/corrections$/;
const DRAFT_MODE_COOKIE = "__prerender_bypass";

/** A response rendered for this request alone, which can carry a nonce: any POST, draft mode, any page not served from the cache. */
function renderedPerRequest(request: NextRequest): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return true;
  return request.cookies.has(DRAFT_MODE_COOKIE) || !CACHED_PAGE.test(request.nextUrl.pathname);
}

function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

function plainText(status: number, message: string): NextResponse {
  return new NextResponse(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });
}

function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * The request's body, or null once it reaches `limit` bytes (a body sent without a length is
 * counted as it arrives). Next.js hands the proxy at most proxyClientMaxBodySize bytes (the same
 * limit, next.config), cutting a longer body there: reaching the limit means passing it.
 */
async function bodyWithin(request: NextRequest, limit: number): Promise<ArrayBuffer | null> {
  if (!request.body) return new ArrayBuffer(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    size += next.value.byteLength;
    if (size >= limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(next.value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body.buffer;
}

/** A POST Next.js would answer with a 500 and an error in the log (lib/request/malformed-post.ts), refused here. */
async function refuseMalformedPost(request: NextRequest, length: number): Promise<NextResponse | null> {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const refused = await refusePost({
    origin: request.headers.get("origin"),
    allowedOrigins: [SITE_ORIGIN, ...(host ? [`${request.nextUrl.protocol}//${host}`] : [])],
    contentType: request.headers.get("content-type"),
    nextAction: request.headers.get("next-action"),
    hasBody: length > 0 || request.headers.has("transfer-encoding"),
    declaresLength: request.headers.has("content-length"),
    body: () => bodyWithin(request, MAX_REQUEST_BODY_BYTES),
    knownActions: knownActions(),
  });
  if (!refused) return null;
  log.warn("request.refused", { reason: refused.reason, method: request.method, path: request.nextUrl.pathname });
  return plainText(refused.status, refused.message);
}

export async function proxy(request: NextRequest) {
  if (!decodable(request.nextUrl.pathname)) return plainText(400, "Bad request: the address is not valid.");
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_REQUEST_BODY_BYTES) return plainText(413, TOO_LARGE);
  if (request.method === "POST") {
    const refused = await refuseMalformedPost(request, length);
    if (refused) return refused;
  }
  // A form posted without JavaScript (no Next-Action header) is answered with its page rendered
  // again, which needs the database: while it is away, say so with a 503 rather than an error page.
  // (With JavaScript the action answers in the form itself: lib/action.ts.)
  if (request.method === "POST" && !request.headers.has("next-action") && !(await databaseAnswers(env.DATABASE_URL))) {
    const response = databaseBusyResponse();
    response.headers.set(REQUEST_ID_HEADER, requestIdFrom(request.headers));
    return response;
  }

  const requestId = requestIdFrom(request.headers);
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  headers.set(REQUESTED_PATH_HEADER, request.nextUrl.pathname);

  const perRequest = renderedPerRequest(request);
  const policy = perRequest ? noncePolicy(newNonce(), POLICY_OPTIONS) : SITE_POLICY;
  // Next.js reads the nonce from the request's policy and puts it on its scripts.
  if (perRequest) headers.set("content-security-policy", policy);

  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  response.headers.set("content-security-policy", policy);
  if (POLICY_OPTIONS.https) response.headers.set("strict-transport-security", HSTS);
  return response;
}

// Next.js reads these at build time: they must stay literals. The first runs the proxy on every
// path except build files and the cached pages (`$` is the front page; slugs as lib/text/slug.ts
// makes them); the others bring it back for those pages when a request carries a body, a server
// action or the draft-mode cookie.
export const config = {
  matcher: [
    { source: "/((?!_next/static|_next/image|$|articles/[a-z0-9-]+$|(?:sections|tags|authors)/[a-z0-9-]+(?:/page/[0-9]+)?$|corrections$).*)" },
    { source: "/:path*", has: [{ type: "header", key: "content-type" }] },
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/:path*", has: [{ type: "cookie", key: "__prerender_bypass" }] },
  ],
};
