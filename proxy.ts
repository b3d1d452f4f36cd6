/**
 * Runs before every request except static files: gives the request an id (kept from the client
 * when it is a plain token, so a load balancer's id carries through) that every log line of the
 * request repeats and the response echoes; and, for responses rendered per request, a fresh CSP
 * nonce (lib/security/csp.ts). Cached public pages are left alone: their policy comes from the
 * cache (cache-handler.cjs), and a nonce in their request would be baked into the shared copy.
 */
import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_ID_HEADER } from "@/lib/request/request-id";
import { noncePolicy, oauthFormTargets } from "@/lib/security/csp";

const POLICY_OPTIONS = {
  development: process.env.NODE_ENV === "development",
  https: Boolean(process.env.SITE_URL?.startsWith("https://")),
  formTargets: oauthFormTargets({ GITHUB_ID: process.env.GITHUB_ID, GOOGLE_ID: process.env.GOOGLE_ID }),
};

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** Paths whose responses are rendered per request (see the route table in the build output). */
const PER_REQUEST = /^\/(?:admin|account|signin|search|unsubscribe|unsubscribed|api)(?:\/|$)|^\/articles\/[^/]+\/discussion\/?$/;

function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function proxy(request: NextRequest) {
  const incoming = request.headers.get(REQUEST_ID_HEADER);
  const requestId = incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);

  const perRequest = request.method !== "GET" && request.method !== "HEAD" ? true : PER_REQUEST.test(request.nextUrl.pathname);
  const policy = perRequest ? noncePolicy(newNonce(), POLICY_OPTIONS) : null;
  // Next.js reads the nonce from the request's policy and puts it on its scripts.
  if (policy) headers.set("content-security-policy", policy);

  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  if (policy) response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|media/|favicon.ico|icon.svg|logo.png).*)"],
};
