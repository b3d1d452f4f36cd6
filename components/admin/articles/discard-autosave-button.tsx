"use client";

import { useActionState } from "react";
import { discardAutosaveAction } from "@/lib/autosave/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function DiscardAutosaveButton({ articleId }: { articleId: string | null }) {
  const [state, action] = useActionState(discardAutosaveAction, null);
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="articleId" value={articleId ?? ""} />
      <SubmitButton pendingText="Discarding…" className="button button--secondary">
        Discard
      </SubmitButton>
      <FormMessage state={state && !state.ok ? state : null} />
    </form>
  );
}
