/** The admin import form (/admin/import), checked with zod. Pure. */
import { z } from "zod";

export const IMPORT_SYSTEMS = ["wordpress", "ghost"] as const;

/** A staged export's name: 32 lowercase hex digits, chosen by the server. */
export const STAGED_TOKEN_PATTERN = /^[0-9a-f]{32}$/;

export const importFormSchema = z.object({
  system: z.enum(IMPORT_SYSTEMS, { message: "Choose WordPress or Ghost." }),
  /** A folder on the server or the http(s) address the old site's images are served under; empty for none. */
  media: z
    .string()
    .trim()
    .max(500, "Please keep the address under 500 characters.")
    .refine((v) => !v.includes("\0"), "That is not a folder or an address.")
    .default(""),
  /** dry-run checks and reports; import writes (after a dry run, by the staged export's token). */
  mode: z.enum(["dry-run", "import"]),
  token: z.string().regex(STAGED_TOKEN_PATTERN, "Run the dry run again: the export it checked is gone.").optional(),
});

export type ImportFormInput = z.infer<typeof importFormSchema>;
