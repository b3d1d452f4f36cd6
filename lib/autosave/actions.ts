"use server";

import { redirect } from "next/navigation";
import { createAction } from "@/lib/action";
import { autosaveArticle, discardAutosave } from "@/lib/autosave/mutations";
import { autosaveFormSchema, autosaveTargetSchema } from "@/lib/autosave/schemas";

/** Called by the editor every few seconds while someone types; answers with the time it kept the text. */
export const autosaveArticleAction = createAction({
  schema: autosaveFormSchema,
  permission: "article:create",
  handler: async (input, actor) => {
    const { savedAt } = await autosaveArticle(actor, input);
    return { message: "Saved", data: { savedAt: savedAt.toISOString() } };
  },
});

/** "Discard it": the editor opens with the article as it was last saved. */
export const discardAutosaveAction = createAction({
  schema: autosaveTargetSchema,
  permission: "article:create",
  handler: async ({ articleId }, actor) => {
    await discardAutosave(actor, articleId);
    redirect(articleId ? `/admin/articles/${articleId}` : "/admin/articles/new");
  },
});
