"use client";

import { useActionState } from "react";
import { importSiteAction, type ImportActionData } from "@/lib/import/actions";
import { FieldError, FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { ImportReportView } from "./import-report";

/** Every word this component shows, in one place (for the message catalogue to come). */
const TEXT = {
  source: "Moving in from",
  wordpress: "WordPress (the WXR file from Tools → Export)",
  ghost: "Ghost (the JSON file from Settings → Advanced → Export)",
  file: "Export file",
  redirects: "Ghost's redirects.yaml (optional)",
  media: "Images",
  mediaHint: "A folder on this server holding a copy of wp-content/uploads or content/images, or the web address they are served under (https://old.example/wp-content/uploads/). Leave empty to import without images.",
  dryRun: "Dry run",
  dryRunPending: "Checking…",
  importNow: "Import now",
  importPending: "Importing…",
  steps: "First a dry run checks the export and its images and writes nothing; then the import writes everything at once, or nothing if anything is wrong.",
};

/** /admin/import: choose the export, dry run, read the report, import. Works without JavaScript. */
export function ImportForm() {
  const [state, action] = useActionState(importSiteAction, null);
  const failed = state && !state.ok ? state : null;
  const data: ImportActionData | null = state?.ok ? state.data : null;
  const values = failed?.values ?? {};
  const system = data?.report.system ?? values.system ?? "wordpress";
  const media = values.media ?? "";
  const staged = data?.token ?? null;
  return (
    <>
      <p className="hint">{TEXT.steps}</p>
      <FormMessage state={state} />
      {staged ? (
        <form action={action} className="form">
          <input type="hidden" name="mode" value="import" />
          <input type="hidden" name="token" value={staged} />
          <input type="hidden" name="system" value={system} />
          <SubmitButton pendingText={TEXT.importPending}>{TEXT.importNow}</SubmitButton>
        </form>
      ) : (
        <form action={action} className="form catalogue-form import-form" key={data ? "done" : "form"}>
          <input type="hidden" name="mode" value="dry-run" />
          <fieldset>
            <legend>{TEXT.source}</legend>
            <label>
              <input type="radio" name="system" value="wordpress" defaultChecked={system === "wordpress"} /> {TEXT.wordpress}
            </label>
            <label>
              <input type="radio" name="system" value="ghost" defaultChecked={system === "ghost"} /> {TEXT.ghost}
            </label>
          </fieldset>
          <label htmlFor="import-file">{TEXT.file}</label>
          <input id="import-file" name="file" type="file" accept=".xml,.json,application/xml,text/xml,application/json" required aria-describedby={failed?.fieldErrors.file ? "import-file-error" : undefined} />
          <FieldError id="import-file-error" errors={failed?.fieldErrors.file} />
          <label htmlFor="import-redirects">{TEXT.redirects}</label>
          <input id="import-redirects" name="redirects" type="file" accept=".yaml,.yml,.json" />
          <label htmlFor="import-media">{TEXT.media}</label>
          <p className="hint" id="import-media-hint">
            {TEXT.mediaHint}
          </p>
          <input id="import-media" name="media" type="text" defaultValue={media} aria-describedby="import-media-hint" />
          <FieldError id="import-media-error" errors={failed?.fieldErrors.media} />
          <SubmitButton pendingText={TEXT.dryRunPending}>{TEXT.dryRun}</SubmitButton>
        </form>
      )}
      {data && <ImportReportView report={data.report} />}
    </>
  );
}
