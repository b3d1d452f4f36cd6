"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/action";
import { articlePath } from "@/lib/site/urls";
import { toActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { currentClientHash } from "@/lib/request/client";
import { deleteComment, editComment, postComment, reportComment } from "@/lib/comments/mutations";
import { commentIdSchema, editCommentSchema, postCommentSchema, reportCommentSchema } from "@/lib/comments/schemas";

function actorOf(user: Parameters<typeof toActor>[0]) {
  const actor = toActor(user);
  if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in first.");
  return actor;
}

export const postCommentAction = createAction({
  schema: postCommentSchema,
  permission: "comment:create",
  handler: async ({ website, ...input }, user) => {
    if (website) throw new AppError("INVALID_INPUT", "Your comment could not be posted.");
    const posted = await postComment(actorOf(user), input, await currentClientHash());
    // A comment awaiting moderation changes no public page, but its author should see it.
    if (posted.status === "PENDING") refresh();
    return {
      message:
        posted.status === "APPROVED"
          ? "Your comment was posted."
          : "Thanks! Your first comment is waiting for a moderator; it will appear once approved.",
      data: posted,
    };
  },
});

export const editCommentAction = createAction({
  schema: editCommentSchema,
  permission: "comment:edit-own",
  handler: async ({ commentId, body }, user) => {
    const slug = await editComment(actorOf(user), commentId, body);
    redirect(`${articlePath(slug)}#comment-${commentId}`);
  },
});

export const deleteCommentAction = createAction({
  schema: commentIdSchema,
  permission: "comment:delete-own",
  handler: async ({ commentId }, user) => {
    await deleteComment(actorOf(user), commentId);
    return { message: "Your comment was deleted.", data: undefined };
  },
});

export const reportCommentAction = createAction({
  schema: reportCommentSchema,
  permission: "comment:report",
  handler: async ({ commentId, reason }, user) => {
    await reportComment(actorOf(user), commentId, reason ?? "");
    return { message: "Thank you. A moderator will look at this comment.", data: undefined };
  },
});
