"use client";

import { useActionState, type ChangeEvent } from "react";
import { uploadMediaAction } from "@/lib/media/actions";
import { ACCEPTED_IMAGE_TYPES, checkUploadSize } from "@/lib/media/validate";
import { FieldError, FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { MediaMetaFields } from "@/components/admin/media/media-meta-fields";

/** With JavaScript, an oversized file is refused before it is sent; the server checks again. */
function checkChosenFile(event: ChangeEvent<HTMLInputElement>) {
  const input = event.currentTarget;
  const file = input.files?.[0];
  input.setCustomValidity(file ? (checkUploadSize(file.size) ?? "") : "");
  input.reportValidity();
}

/** Uploading an image to the library. A plain multipart form; works without JavaScript. */
export function UploadForm() {
  const [state, action] = useActionState(uploadMediaAction, null);
  const failed = state && !state.ok ? state : null;
  const fileErrors = failed?.fieldErrors.file;
  return (
    <form action={action} className="form catalogue-form" key={state?.ok ? `uploaded-${state.data.id}` : "form"}>
      <FormMessage state={state} />
      <label htmlFor="upload-file">Image file</label>
      <p className="hint" id="upload-file-hint">
        JPEG, PNG, WebP, GIF or AVIF, up to 10 MB and 25 megapixels. Still images only.
      </p>
      <input
        id="upload-file"
        name="file"
        type="file"
        accept={ACCEPTED_IMAGE_TYPES}
        required
        onChange={checkChosenFile}
        aria-invalid={fileErrors ? true : undefined}
        aria-describedby={fileErrors ? "upload-file-hint upload-file-error" : "upload-file-hint"}
      />
      <FieldError id="upload-file-error" errors={fileErrors} />
      <MediaMetaFields idPrefix="upload" values={failed?.values ?? {}} errors={failed?.fieldErrors ?? {}} />
      <SubmitButton pendingText="Uploading…">Upload image</SubmitButton>
    </form>
  );
}
