import { z } from "zod";
import { idField } from "@/lib/forms";

const id = idField();

/** The words that go with an image: alt text for people who cannot see it, caption, credit. */
export const mediaMetaSchema = z.object({
  alt: z
    .string()
    .trim()
    .min(1, "Describe the image for people who cannot see it.")
    .max(300, "Please keep the alt text under 300 characters."),
  caption: z.string().trim().max(500, "Please keep the caption under 500 characters.").default(""),
  credit: z.string().trim().max(200, "Please keep the credit under 200 characters.").default(""),
});

export type MediaMeta = z.infer<typeof mediaMetaSchema>;
/** What a caller may pass: caption and credit are optional. */
export type MediaMetaInput = z.input<typeof mediaMetaSchema>;

export const updateMediaSchema = mediaMetaSchema.extend({ id });
export const mediaIdSchema = z.object({ id });
