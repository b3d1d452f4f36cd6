import { z } from "zod";
import { COMMENT_MAX_LENGTH, normalizeCommentBody } from "@/lib/comments/rules";
import { idField } from "@/lib/forms";

const id = idField();

export const commentBodySchema = z
  .string()
  .transform(normalizeCommentBody)
  .pipe(
    z
      .string()
      .min(1, "Please write something before posting.")
      .max(COMMENT_MAX_LENGTH, `Comments are at most ${COMMENT_MAX_LENGTH.toLocaleString("en")} characters.`),
  );

export const postCommentSchema = z.object({
  articleId: id,
  parentId: id.optional().or(z.literal("").transform(() => undefined)),
  body: commentBodySchema,
  /** The honeypot: hidden from people, so only a bot fills it in. */
  website: z.string().max(500).optional(),
  notifyReplies: z
    .string()
    .optional()
    .transform((v) => v === "on"),
});

export const editCommentSchema = z.object({ commentId: id, body: commentBodySchema });
export const commentIdSchema = z.object({ commentId: id });
export const reportCommentSchema = z.object({
  commentId: id,
  reason: z.string().trim().max(500, "Please keep the reason under 500 characters.").optional(),
});
