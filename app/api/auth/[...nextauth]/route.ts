import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { env } from "@/lib/env";

const handler = NextAuth(authOptions);

export { handler as GET };

export async function POST(request: Request, ctx: { params: Promise<{ nextauth: string[] }> }) {
  // Email links are requested through /signin, which rate-limits them; refuse next-auth's own endpoint.
  if (new URL(request.url).pathname.endsWith("/signin/email")) {
    return Response.redirect(`${env.SITE_URL}/signin`, 303);
  }
  return handler(request, ctx);
}
