"use client";

import { useActionState } from "react";
import { updateMediaAction } from "@/lib/media/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { MediaMetaFields } from "@/components/admin/media/media-meta-fields";

interface MediaEditFormProps {
  id: string;
  initial: { alt: string; caption: string; credit: string };
}

/** Editing an image's alt text, caption and credit. */
export function MediaEditForm({ id, initial }: MediaEditFormProps) {
  const [state, action] = useActionState(updateMediaAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} className="form catalogue-form">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <MediaMetaFields idPrefix="media" values={failed?.values ?? initial} errors={failed?.fieldErrors ?? {}} />
      <SubmitButton pendingText="Saving…">Save details</SubmitButton>
    </form>
  );
}
