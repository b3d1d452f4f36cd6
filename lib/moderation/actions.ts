"use server";

import { refresh } from "next/cache";
import { createAction } from "@/lib/action";
import { banCommentAuthors, moderateComments } from "@/lib/moderation/mutations";
import { describeOutcome } from "@/lib/moderation/rules";
import { moderationSchema } from "@/lib/moderation/schemas";

/** Every decision in the moderation queue, for one row or for the ticked ones. */
export const moderateCommentsAction = createAction({
  schema: moderationSchema,
  permission: "comment:moderate",
  handler: async ({ decision, commentIds, reason }, actor) => {
    const outcome =
      decision === "ban"
        ? await banCommentAuthors(actor, commentIds, reason)
        : await moderateComments(actor, decision, commentIds);
    // The queue and the dashboard's counts changed: re-render them for the browser.
    refresh();
    return { message: describeOutcome(decision, outcome.done, outcome.skipped), data: outcome };
  },
});
