import { z } from "zod";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email("Please enter a valid email address, like name@example.com."));

/** Signing out takes no input. */
export const signOutSchema = z.object({});

export const signInRequestSchema = z.object({
  email: emailSchema,
  callbackUrl: z.string().max(500).optional(),
});

/** Display names: 1–50 characters of text, no control characters. */
export const displayNameSchema = z
  .string()
  .trim()
  .min(1, "Please enter a display name.")
  .max(50, "Display names are at most 50 characters.")
  .refine((v) => !/[\u0000-\u001f\u007f\u200b-\u200f\u2028-\u202e]/.test(v), "Display names cannot contain control characters.");

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
