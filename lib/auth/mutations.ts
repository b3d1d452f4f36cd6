import "server-only";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { sendMail } from "@/lib/mail/send";
import { consumeRateLimit } from "@/lib/rate-limit/mutations";
import { HOUR, MINUTE, type RateRule } from "@/lib/rate-limit/rules";
import {
  SIGN_IN_LINK_MAX_AGE_S,
  hashVerificationToken,
  newVerificationToken,
  signInEmail,
  signInLinkUrl,
} from "@/lib/auth/sign-in-link";

export const SIGN_IN_RULES_PER_ADDRESS: RateRule[] = [
  { max: 3, windowMs: 10 * MINUTE, message: "We have just sent a link to that address. Please check your inbox, or try again in a few minutes." },
  { max: 10, windowMs: 24 * HOUR, message: "Too many sign-in links were asked for this address today. Please try again tomorrow." },
];

export const SIGN_IN_RULES_PER_CLIENT: RateRule[] = [
  { max: 10, windowMs: 10 * MINUTE, message: "Too many sign-in requests from your connection. Please wait a few minutes." },
  { max: 50, windowMs: 24 * HOUR, message: "Too many sign-in requests from your connection today." },
];

/** Rate-limits, stores a hashed one-time token, and mails (or logs) the sign-in link. */
/** Mails a sign-in link; returns its token, for the asking browser's cookie (lib/auth/sign-in-link.ts). */
export async function requestSignInLink(email: string, callbackPath: string, clientHash: string): Promise<string> {
  await consumeRateLimit("signin:client", clientHash, SIGN_IN_RULES_PER_CLIENT);
  await consumeRateLimit("signin:email", email, SIGN_IN_RULES_PER_ADDRESS);
  const token = newVerificationToken();
  await db.verificationToken.create({
    data: { identifier: email, token: hashVerificationToken(token), expires: new Date(Date.now() + SIGN_IN_LINK_MAX_AGE_S * 1000) },
  });
  const url = signInLinkUrl(email, token, callbackPath);
  log.info("signin.link", { email, url });
  await sendMail({ to: email, ...signInEmail(url) });
  return token;
}

/** Ends one session (sign out). */
export async function deleteSession(sessionToken: string): Promise<void> {
  await db.session.deleteMany({ where: { sessionToken } });
}

/** A new login's display name: the provider's, or the part of the email before the @. */
export async function ensureDisplayName(userId: string): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true, email: true } });
  if (!user || user.name) return;
  const local = (user.email ?? "reader").split("@")[0] ?? "reader";
  await db.user.update({ where: { id: userId }, data: { name: local.slice(0, 50) } });
}
