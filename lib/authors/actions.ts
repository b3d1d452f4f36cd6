"use server";

import { redirect } from "next/navigation";
import { createAction, type ActionResult, type ActionState } from "@/lib/action";
import type { Actor } from "@/lib/auth/permissions";
import { createAuthor, deleteAuthor, updateAuthor } from "@/lib/authors/mutations";
import { authorFormSchema } from "@/lib/authors/schemas";
import { AppError, isAppError } from "@/lib/errors";
import { deleteMedia, uploadImage } from "@/lib/media/mutations";
import { chosenFile } from "@/lib/media/validate";
import { rowIdSchema } from "@/lib/forms";

type Saved = { id: string; slug: string };

const CHOOSE_AGAIN = "Choose the photo again: a chosen file is not kept when a save fails.";

/** Uploads a new portrait; its problems are reported under the form's file field. */
async function uploadPortrait(actor: Actor, file: File, name: string) {
  try {
    return await uploadImage(actor, file, { alt: `Portrait of ${name}` });
  } catch (error) {
    if (isAppError(error) && error.fieldErrors.file) throw new AppError(error.code, error.message, { photoFile: error.fieldErrors.file });
    throw error;
  }
}

/**
 * Creates an author (no id in the form) or saves one. A new photo may come with the form: it is
 * uploaded first, used as the photo, and removed again if the author cannot be saved.
 */
export async function saveAuthorAction(previous: ActionState<Saved>, formData: FormData): Promise<ActionResult<Saved>> {
  const photoFile = chosenFile(formData, "photoFile");
  const action = createAction({
    schema: authorFormSchema,
    permission: "author:manage",
    handler: async ({ id, ...input }, actor) => {
        const uploaded = photoFile ? await uploadPortrait(actor, photoFile, input.name) : null;
      const fields = { ...input, photoId: uploaded?.id ?? input.photoId };
      let saved: Saved;
      try {
        saved = id ? await updateAuthor(actor, id, fields) : await createAuthor(actor, fields);
      } catch (error) {
        if (uploaded) await deleteMedia(actor, uploaded.id).catch(() => undefined);
        throw error;
      }
      if (!id) redirect(`/admin/authors/${saved.id}?created=1`);
      return { message: "The author was saved.", data: saved };
    },
  });
  const result = await action(previous, formData);
  if (!result.ok && photoFile && !result.fieldErrors.photoFile) result.fieldErrors.photoFile = [CHOOSE_AGAIN];
  return result;
}

export const deleteAuthorAction = createAction({
  schema: rowIdSchema,
  permission: "author:manage",
  handler: async ({ id }, actor) => {
    await deleteAuthor(actor, id);
    redirect("/admin/authors?deleted=1");
  },
});
