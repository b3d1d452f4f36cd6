"use server";

import { redirect } from "next/navigation";
import { createAction } from "@/lib/action";
import { rowIdSchema } from "@/lib/forms";
import { createTag, deleteTag, updateTag } from "@/lib/tags/mutations";
import { tagFormSchema } from "@/lib/tags/schemas";

/** Creates a tag (no id in the form) or saves an existing one. */
export const saveTagAction = createAction({
  schema: tagFormSchema,
  permission: "tag:manage",
  handler: async ({ id, ...input }, actor) => {
    if (id) {
      const saved = await updateTag(actor, id, input);
      return { message: "The tag was saved.", data: saved };
    }
    const created = await createTag(actor, input);
    return { message: `The tag “${input.name}” was created.`, data: created };
  },
});

export const deleteTagAction = createAction({
  schema: rowIdSchema,
  permission: "tag:manage",
  handler: async ({ id }, actor) => {
    await deleteTag(actor, id);
    redirect("/admin/tags?deleted=1");
  },
});
