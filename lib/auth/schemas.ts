import { z } from "zod";
import { isSafeName } from "@/lib/text/unsafe-characters";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email("Please enter a valid email address, like name@example.com."));

/** A sign-in link's own parameters, carried by the "Sign in as …?" page. */
export const confirmSignInSchema = z.object({
  email: emailSchema,
  token: z.string().regex(/^[0-9a-f]{64}$/, "This sign-in link is not complete. Ask for a new one."),
  /** next-auth's absolute callbackUrl, or a path; reduced to a local path by safeCallbackPath. */
  callbackUrl: z.string().max(600).optional(),
});

/** Signing out takes no input. */
export const signOutSchema = z.object({});

export const signInRequestSchema = z.object({
  email: emailSchema,
  callbackUrl: z.string().max(500).optional(),
});

/** Display names: 1–50 characters of text, none of the characters one name could hide behind (lib/text/unsafe-characters.ts). */
export const displayNameSchema = z
  .string()
  .trim()
  .min(1, "Please enter a display name.")
  .max(50, "Display names are at most 50 characters.")
  .refine(isSafeName, "Display names cannot contain control characters.");

export const profileSchema = z.object({
  name: displayNameSchema,
  notifyReplies: z
    .string()
    .optional()
    .transform((v) => v === "on"),
});

export const deleteAccountSchema = z.object({
  confirm: z.literal("DELETE", { error: "Type DELETE to confirm." }),
});
