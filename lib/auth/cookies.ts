/** next-auth's session cookie name: the `__Secure-` form whenever the site is served over HTTPS. */
import { env } from "@/lib/env";

export const secureCookies = env.SITE_URL.startsWith("https://");
export const SESSION_COOKIE = `${secureCookies ? "__Secure-" : ""}next-auth.session-token`;
