import { z } from "zod";
import { SLUG_MAX_LENGTH, isValidSlug } from "@/lib/text/slug";
import { optionalIdField } from "@/lib/forms";

/** A row id sent back by a form: empty (null) when the form creates a new row. Untrusted either way. */
export const formIdField = optionalIdField();

/** A slug as typed: empty means "make one from the name". Shared by authors, sections and tags. */
export const slugField = z
  .string()
  .trim()
  .toLowerCase()
  .max(SLUG_MAX_LENGTH, `A slug has at most ${SLUG_MAX_LENGTH} characters.`)
  .refine((s) => s === "" || isValidSlug(s), "Use lowercase letters, digits and single dashes, e.g. ai-models.")
  .default("");

export const descriptionField = z.string().trim().max(500, "Please keep the description under 500 characters.").default("");

export const sectionFormSchema = z.object({
  id: formIdField,
  name: z.string().trim().min(1, "Give the section a name.").max(80, "Please keep the name under 80 characters."),
  slug: slugField,
  description: descriptionField,
  /** Order in the header and on the front page; empty keeps it (or puts a new section last). */
  position: z
    .string()
    .trim()
    .regex(/^\d{0,4}$/, "Use a whole number from 0 to 9999.")
    .default("")
    .transform((v) => (v === "" ? null : Number(v))),
});

export type SectionInput = Omit<z.output<typeof sectionFormSchema>, "id">;

