"use server";

import { redirect } from "next/navigation";
import { createAction } from "@/lib/action";
import { autosaveArticle, discardAutosave } from "@/lib/autosave/mutations";
import { autosaveFormSchema, autosaveTargetSchema } from "@/lib/autosave/schemas";

/** Called by the editor every few seconds while someone types; answers with the time it kept the text. */
export const autosaveArticleAction = createAction({
  schema: autosaveFormSchema,
  permission: "article:create",
  handler: async (input, actor): Promise<{ message: string; data: { savedAt: string | null } }> => {
    const { savedAt } = await autosaveArticle(actor, input);
    return savedAt ? { message: "Saved", data: { savedAt: savedAt.toISOString() } } : { message: "Nothing to keep yet", data: { savedAt: null } };
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
