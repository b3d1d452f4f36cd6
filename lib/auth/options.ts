/**
 * next-auth v4: database sessions through the Prisma adapter, email links, and GitHub/Google
 * when configured. Used by the route handler only; pages read sessions through session.ts.
 */
import "server-only";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { AuthOptions } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import EmailProvider from "next-auth/providers/email";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { db } from "@/lib/db";
import { env, appSecret } from "@/lib/env";
import { SESSION_MAX_AGE_S, secureCookies } from "@/lib/auth/cookies";
import { ensureDisplayName } from "@/lib/auth/mutations";
import { SIGN_IN_LINK_MAX_AGE_S } from "@/lib/auth/sign-in-link";
import { log } from "@/lib/log";

function providers(): AuthOptions["providers"] {
  const list: AuthOptions["providers"] = [
    EmailProvider({
      // Links are requested through our own form (lib/auth/actions.ts); next-auth only verifies them.
      maxAge: SIGN_IN_LINK_MAX_AGE_S,
      from: env.EMAIL_FROM,
      sendVerificationRequest: async () => {
        throw new Error("Sign-in links are sent by the /signin form");
      },
    }),
  ];
  if (env.GITHUB_ID && env.GITHUB_SECRET) list.push(GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET }));
  if (env.GOOGLE_ID && env.GOOGLE_SECRET) list.push(GoogleProvider({ clientId: env.GOOGLE_ID, clientSecret: env.GOOGLE_SECRET }));
  return list;
}

export const authOptions: AuthOptions = {
  // The generated client is the same Prisma client the adapter expects, typed from another path.
  adapter: PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]) as Adapter,
  secret: appSecret,
  session: { strategy: "database", maxAge: SESSION_MAX_AGE_S },
  useSecureCookies: secureCookies,
  providers: providers(),
  pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin/error" },
  events: {
    createUser: async ({ user }) => ensureDisplayName(user.id),
    signIn: ({ user, account }) => log.info("signin.success", { userId: user.id, provider: account?.provider }),
  },
  logger: {
    error: (code, metadata) => log.error("auth.error", { code, metadata: String(metadata) }),
    warn: (code) => log.warn("auth.warn", { code }),
    debug: () => {},
  },
};

export const oauthProviders = (): { id: string; name: string }[] =>
  [
    env.GITHUB_ID ? { id: "github", name: "GitHub" } : null,
    env.GOOGLE_ID ? { id: "google", name: "Google" } : null,
  ].filter((p): p is { id: string; name: string } => p !== null);
