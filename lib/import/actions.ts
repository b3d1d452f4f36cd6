"use server";

import { createAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { mediaSourceFrom } from "@/lib/import/media-source";
import type { ImportReport } from "@/lib/import/report";
import { runImport } from "@/lib/import/run";
import { importFormSchema } from "@/lib/import/schemas";
import { discardStagedExport, readStagedExport, stageExport } from "@/lib/import/staging";
import { chosenFile } from "@/lib/media/validate";

export interface ImportActionData {
  report: ImportReport;
  /** After a dry run: the staged export the import button refers to. */
  token: string | null;
}

const NO_FILE = "Choose the export file.";

async function fileText(formData: FormData, name: string): Promise<{ name: string; text: string } | null> {
  const file = chosenFile(formData, name);
  return file ? { name: file.name, text: await file.text() } : null;
}

/**
 * /admin/import: a dry run checks the uploaded export (and its images) and keeps it on the
 * server; the import then writes that same export. Both report what they did or would do.
 */
export const importSiteAction = createAction({
  schema: importFormSchema,
  permission: "site:import",
  handler: async (input, actor, formData): Promise<{ message: string; data: ImportActionData }> => {
    if (input.mode === "dry-run") {
      const file = await fileText(formData, "file");
      if (!file) throw new AppError("INVALID_INPUT", NO_FILE, { file: [NO_FILE] });
      const staged = { system: input.system, media: input.media, file, redirects: await fileText(formData, "redirects") };
      const report = await runImport({ ...staged, media: staged.media ? mediaSourceFrom(staged.media) : null, dryRun: true, actorId: actor.id });
      const token = await stageExport(staged);
      return { message: "Dry run finished: nothing was written. Check the report, then import.", data: { report, token } };
    }
    if (!input.token) throw new AppError("INVALID_INPUT", "Run a dry run first.");
    const staged = await readStagedExport(input.token);
    const report = await runImport({ ...staged, media: staged.media ? mediaSourceFrom(staged.media) : null, dryRun: false, actorId: actor.id });
    await discardStagedExport(input.token);
    return { message: "Import finished.", data: { report, token: null } };
  },
});
