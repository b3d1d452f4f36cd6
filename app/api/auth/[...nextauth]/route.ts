import NextAuth from "next-auth";
import { NextRequest, NextResponse } from "next/server";
import { signInBrowserCookieOptions, withSessionHint } from "@/lib/auth/cookies";
import { confirmSignInSchema } from "@/lib/auth/schemas";
import { SIGN_IN_BROWSER_COOKIE, addBrowserProof, browserAskedFor, localCallbackPath, signInLinkUrl } from "@/lib/auth/sign-in-link";
import { authOptions } from "@/lib/auth/options";
import { env } from "@/lib/env";
import { withOriginCheck } from "@/lib/request/origin";
import { routeHandler } from "@/lib/request/route";

type NextAuthContext = { params: Promise<{ nextauth: string[] }> };

const nextAuth: (request: Request, ctx: NextAuthContext) => Promise<Response> = NextAuth(authOptions);

/** next-auth itself, plus the signed-in hint beside every session cookie it sets or clears. */
const handler = async (request: Request, ctx: NextAuthContext) => withSessionHint(await nextAuth(request, ctx));

const signInBrowserProofs = (request: Request) => new NextRequest(request.url, { headers: request.headers }).cookies.get(SIGN_IN_BROWSER_COOKIE)?.value;

async function confirmSignInLink(request: Request): Promise<Response> {
  const held = signInBrowserProofs(request);
  const parsed = confirmSignInSchema.safeParse(Object.fromEntries(await request.formData().catch(() => new FormData())));
  if (!parsed.success) return Response.redirect(`${env.SITE_URL}/signin/confirm`, 303);
  const { email, token, callbackUrl } = parsed.data;
  const response = NextResponse.redirect(signInLinkUrl(email, token, localCallbackPath(callbackUrl)), 303);
  response.cookies.set(SIGN_IN_BROWSER_COOKIE, addBrowserProof(held, token), signInBrowserCookieOptions);
  return response;
}

/**
 * An emailed sign-in link opens at once only in the browser that asked for it; anywhere else it
 * first asks "Sign in as …?" (lib/auth/sign-in-link.ts, SIGN_IN_BROWSER_COOKIE).
 */
export const GET = routeHandler(async (request: Request, ctx: NextAuthContext) => {
  const url = new URL(request.url);
  if (url.pathname.endsWith("/callback/email")) {
    if (!browserAskedFor(signInBrowserProofs(request), url.searchParams.get("token") ?? "")) {
      return new Response(null, { status: 303, headers: { Location: `${env.SITE_URL}/signin/confirm${url.search}`, "Cache-Control": "no-store" } });
    }
  }
  return handler(request, ctx);
});

/** Every POST here comes from our own pages (sign-in buttons, next-auth's client), which send Origin. */
export const POST = routeHandler(
  withOriginCheck("same-origin", async (request: Request, ctx: NextAuthContext) => {
    const { pathname } = new URL(request.url);
    // Email links are requested through /signin, which rate-limits them; refuse next-auth's own endpoint.
    if (pathname.endsWith("/signin/email")) {
      return Response.redirect(`${env.SITE_URL}/signin`, 303);
    }
    // "Yes, sign in as …" (app/(account)/signin/confirm): this browser becomes the one that asked, and the link is followed.
    if (pathname.endsWith("/callback/email")) return confirmSignInLink(request);
    // next-auth's client logger: it would write whatever any script posts to the server log. The
    // body is never read; the client's rare error reports are not worth an open log.
    if (pathname.endsWith("/_log")) return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
    return handler(request, ctx);
  }),
);
