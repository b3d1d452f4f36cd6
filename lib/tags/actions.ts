"use server";

import { redirect } from "next/navigation";
import { createAction } from "@/lib/action";
import { toActor, type CurrentUserDTO } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { rowIdSchema } from "@/lib/sections/schemas";
import { createTag, deleteTag, updateTag } from "@/lib/tags/mutations";
import { tagFormSchema } from "@/lib/tags/schemas";

function actorOf(user: CurrentUserDTO | null) {
  const actor = toActor(user);
  if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in first.");
  return actor;
}

/** Creates a tag (no id in the form) or saves an existing one. */
export const saveTagAction = createAction({
  schema: tagFormSchema,
  permission: "tag:manage",
  handler: async ({ id, ...input }, user) => {
    const actor = actorOf(user);
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
  handler: async ({ id }, user) => {
    await deleteTag(actorOf(user), id);
    redirect("/admin/tags?deleted=1");
  },
});
