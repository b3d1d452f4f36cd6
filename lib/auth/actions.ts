"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/action";
import { SESSION_COOKIE, signInBrowserCookieOptions } from "@/lib/auth/cookies";
import { SESSION_HINT_COOKIE } from "@/lib/auth/session-hint";
import { deleteSession, requestSignInLink } from "@/lib/auth/mutations";
import { signInRequestSchema, signOutSchema } from "@/lib/auth/schemas";
import { SIGN_IN_BROWSER_COOKIE, addBrowserProof, safeCallbackPath } from "@/lib/auth/sign-in-link";
import { AppError } from "@/lib/errors";
import { MailDeliveryError } from "@/lib/mail/send";
import { currentClientHash } from "@/lib/request/client";

/** Marks this browser as the one that asked for the link with `token` (see SIGN_IN_BROWSER_COOKIE). */
async function rememberAskingBrowser(token: string): Promise<void> {
  const jar = await cookies();
  jar.set(SIGN_IN_BROWSER_COOKIE, addBrowserProof(jar.get(SIGN_IN_BROWSER_COOKIE)?.value, token), signInBrowserCookieOptions);
}

export const requestSignInLinkAction = createAction({
  schema: signInRequestSchema,
  permission: "public",
  handler: async ({ email, callbackUrl }) => {
    try {
      await rememberAskingBrowser(await requestSignInLink(email, safeCallbackPath(callbackUrl), await currentClientHash()));
    } catch (error) {
      if (error instanceof MailDeliveryError) {
        throw new AppError("CONFLICT", "We could not send the email just now: our mail server is unreachable. Please try again in a few minutes.");
      }
      throw error;
    }
    redirect(`/signin/check-email?email=${encodeURIComponent(email)}`);
  },
});

/** Signing out ends the session in the database and clears the cookie; without a session it only goes home. */
export const signOutAction = createAction({
  schema: signOutSchema,
  permission: "public",
  handler: async () => {
    const jar = await cookies();
    const token = jar.get(SESSION_COOKIE)?.value;
    if (token) await deleteSession(token);
    jar.delete(SESSION_COOKIE);
    jar.delete(SESSION_HINT_COOKIE);
    redirect("/");
  },
});
