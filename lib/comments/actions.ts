"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/action";
import { articleDiscussionPath } from "@/lib/site/urls";
import { AppError } from "@/lib/errors";
import { currentClientHash } from "@/lib/request/client";
import { deleteComment, editComment, postComment, reportComment } from "@/lib/comments/mutations";
import { postedMessage } from "@/lib/comments/rules";
import { commentIdSchema, editCommentSchema, postCommentSchema, reportCommentSchema } from "@/lib/comments/schemas";

export const postCommentAction = createAction({
  schema: postCommentSchema,
  permission: "comment:create",
  handler: async ({ website, ...input }, actor) => {
    if (website) throw new AppError("INVALID_INPUT", "Your comment could not be posted.");
    const posted = await postComment(actor, input, await currentClientHash());
    // A comment awaiting moderation changes no public page, but its author should see it.
    if (posted.status === "PENDING") refresh();
    return { message: postedMessage(posted.status, input.parentId !== undefined), data: posted };
  },
});

export const editCommentAction = createAction({
  schema: editCommentSchema,
  permission: "comment:edit-own",
  handler: async ({ commentId, body }, actor) => {
    const slug = await editComment(actor, commentId, body);
    // Comments are edited on the discussion page (the story page links there): back to it, with
    // the edit form closed and the saved comment in view.
    redirect(`${articleDiscussionPath(slug)}#comment-${commentId}`);
  },
});

export const deleteCommentAction = createAction({
  schema: commentIdSchema,
  permission: "comment:delete-own",
  handler: async ({ commentId }, actor) => {
    await deleteComment(actor, commentId);
    return { message: "Your comment was deleted.", data: undefined };
  },
});

export const reportCommentAction = createAction({
  schema: reportCommentSchema,
  permission: "comment:report",
  handler: async ({ commentId, reason }, actor) => {
    await reportComment(actor, commentId, reason ?? "");
    return { message: "Thank you. A moderator will look at this comment.", data: undefined };
  },
});
