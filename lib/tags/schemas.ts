import { z } from "zod";
import { descriptionField, formIdField, slugField } from "@/lib/sections/schemas";

export const TAG_NAME_MAX_LENGTH = 60;

export const tagFormSchema = z.object({
  id: formIdField,
  name: z
    .string()
    .trim()
    .min(1, "Give the tag a name.")
    .max(TAG_NAME_MAX_LENGTH, `Please keep the name under ${TAG_NAME_MAX_LENGTH} characters.`),
  slug: slugField,
  description: descriptionField,
});

export type TagInput = Omit<z.output<typeof tagFormSchema>, "id">;
