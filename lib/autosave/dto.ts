import type { AutosavedFields } from "@/lib/autosave/schemas";

/** A person's own autosave of an article, as the editor page offers it back. */
export interface AutosaveDTO {
  savedAt: Date;
  /** The article's version when the form was opened. */
  baseVersion: number;
  fields: AutosavedFields;
}
