"use client";

import { useActionState } from "react";
import { restoreRevisionAction } from "@/lib/articles/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function RestoreButton({ revisionId }: { revisionId: string }) {
  const [state, action] = useActionState(restoreRevisionAction, null);
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="revisionId" value={revisionId} />
      <SubmitButton pendingText="Restoring…" className="link-button">
        Restore
      </SubmitButton>
      <FormMessage state={state && !state.ok ? state : null} />
    </form>
  );
}
