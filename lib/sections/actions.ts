"use server";

import { redirect } from "next/navigation";
import { createAction } from "@/lib/action";
import { createSection, deleteSection, updateSection } from "@/lib/sections/mutations";
import { sectionFormSchema } from "@/lib/sections/schemas";
import { rowIdSchema } from "@/lib/forms";

/** Creates a section (no id in the form) or saves an existing one. */
export const saveSectionAction = createAction({
  schema: sectionFormSchema,
  permission: "section:manage",
  handler: async ({ id, ...input }, actor) => {
    if (id) {
      const saved = await updateSection(actor, id, input);
      return { message: "The section was saved.", data: saved };
    }
    const created = await createSection(actor, input);
    return { message: `The section “${input.name}” was created.`, data: created };
  },
});

export const deleteSectionAction = createAction({
  schema: rowIdSchema,
  permission: "section:manage",
  handler: async ({ id }, actor) => {
    await deleteSection(actor, id);
    redirect("/admin/sections?deleted=1");
  },
});
