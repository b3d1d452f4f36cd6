import NextAuth from "next-auth";
import { withSessionHint } from "@/lib/auth/cookies";
import { authOptions } from "@/lib/auth/options";
import { env } from "@/lib/env";
import { withOriginCheck } from "@/lib/request/origin";
import { routeHandler } from "@/lib/request/route";

type NextAuthContext = { params: Promise<{ nextauth: string[] }> };

const nextAuth: (request: Request, ctx: NextAuthContext) => Promise<Response> = NextAuth(authOptions);

/** next-auth itself, plus the signed-in hint beside every session cookie it sets or clears. */
const handler = async (request: Request, ctx: NextAuthContext) => withSessionHint(await nextAuth(request, ctx));

export const GET = routeHandler(handler);

/** Every POST here comes from our own pages (sign-in buttons, next-auth's client), which send Origin. */
export const POST = routeHandler(
  withOriginCheck("same-origin", async (request: Request, ctx: NextAuthContext) => {
    // Email links are requested through /signin, which rate-limits them; refuse next-auth's own endpoint.
    if (new URL(request.url).pathname.endsWith("/signin/email")) {
      return Response.redirect(`${env.SITE_URL}/signin`, 303);
    }
    return handler(request, ctx);
  }),
);
