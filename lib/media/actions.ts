"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction, type ActionResult, type ActionState } from "@/lib/action";
import { AppError, NOT_ALLOWED_MESSAGE, SIGN_IN_FIRST_MESSAGE } from "@/lib/errors";
import { deleteMedia, updateMedia, uploadImage } from "@/lib/media/mutations";
import type { MediaOptionDTO } from "@/lib/media/queries";
import { mediaIdSchema, mediaMetaSchema, updateMediaSchema } from "@/lib/media/schemas";
import { chosenFile } from "@/lib/media/validate";

const NO_FILE = "Choose an image file to upload.";
const CHOOSE_AGAIN = "Choose the file again: a chosen file is not kept when an upload fails.";

/**
 * Uploads an image from the library's form. The same spine as every action (the helper parses
 * the text fields, authenticates and authorises); the file travels in beside it.
 */
export async function uploadMediaAction(
  previous: ActionState<MediaOptionDTO>,
  formData: FormData,
): Promise<ActionResult<MediaOptionDTO>> {
  const file = chosenFile(formData, "file");
  const action = createAction({
    schema: mediaMetaSchema,
    permission: "media:upload",
    handler: async (meta, actor) => {
      if (!file) throw new AppError("INVALID_INPUT", NO_FILE, { file: [NO_FILE] });
      const media = await uploadImage(actor, file, meta);
      revalidatePath("/admin/media");
      return { message: "The image was uploaded.", data: media };
    },
  });
  const result = await action(previous, formData);
  // A missing file is reported together with any other field's problem; a chosen one must be chosen
  // again. A caller refused outright is told nothing about the form.
  const refused = !result.ok && (result.message === SIGN_IN_FIRST_MESSAGE || result.message === NOT_ALLOWED_MESSAGE);
  if (!result.ok && !refused && !result.fieldErrors.file) result.fieldErrors.file = [file ? CHOOSE_AGAIN : NO_FILE];
  return result;
}

export const updateMediaAction = createAction({
  schema: updateMediaSchema,
  permission: "media:upload",
  handler: async ({ id, ...meta }, actor) => {
    await updateMedia(actor, id, meta);
    revalidatePath("/admin/media");
    return { message: "The image's details were saved.", data: undefined };
  },
});

export const deleteMediaAction = createAction({
  schema: mediaIdSchema,
  permission: "media:upload",
  handler: async ({ id }, actor) => {
    await deleteMedia(actor, id);
    revalidatePath("/admin/media");
    redirect("/admin/media?deleted=1");
  },
});
