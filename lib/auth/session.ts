/**
 * The only entry point to "who is asking". Database sessions are read straight from the
 * Session table with the cookie next-auth set; an expired or unknown token is nobody.
 */
import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { can, type Permission } from "@/lib/auth/permissions";
import { SESSION_COOKIE } from "@/lib/auth/cookies";
import { getUserBySessionToken, type CurrentUserDTO } from "@/lib/auth/queries";
import { AppError, NOT_ALLOWED_MESSAGE, SIGN_IN_FIRST_MESSAGE } from "@/lib/errors";

export type { CurrentUserDTO };

/** The signed-in user, or null. Cached for the duration of one request. */
export const getCurrentUser = cache(async (): Promise<CurrentUserDTO | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token || token.length > 200) return null;
  return getUserBySessionToken(token);
});

/** For mutations: the signed-in user, or an UNAUTHENTICATED error. */
export async function requireUser(): Promise<CurrentUserDTO> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", SIGN_IN_FIRST_MESSAGE);
  return user;
}

/** For mutations: a user holding `permission`, or UNAUTHENTICATED / FORBIDDEN. */
export async function requirePermission(permission: Permission): Promise<CurrentUserDTO> {
  const user = await requireUser();
  if (!can(user, permission)) throw new AppError("FORBIDDEN", NOT_ALLOWED_MESSAGE);
  return user;
}

/**
 * For pages: the signed-in user holding `permission`, as the actor the queries take (with the
 * name the page may show). Sends a signed-out visitor to sign in (and back), and shows others a
 * 403 page.
 */
export async function requireActor(permission: Permission, returnTo: string): Promise<CurrentUserDTO> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!can(user, permission)) forbidden();
  return user;
}

/** For pages that need any signed-in user. */
export async function requirePageUser(returnTo: string): Promise<CurrentUserDTO> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
