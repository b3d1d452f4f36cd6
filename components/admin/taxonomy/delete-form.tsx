"use client";

import { useActionState } from "react";
import type { ActionResult, ActionState } from "@/lib/action";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

interface DeleteFormProps<T> {
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionResult<T>>;
  id: string;
  /** e.g. "Delete this tag" */
  label: string;
  /** What deleting does, and when it is refused. */
  explanation: string;
}

/**
 * A delete button behind a disclosure, so it takes two deliberate clicks, with or without
 * JavaScript. A refusal (the thing is still in use) is shown here.
 */
export function DeleteForm<T>({ action, id, label, explanation }: DeleteFormProps<T>) {
  const [state, formAction] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  return (
    <details className="danger-zone" open={failed ? true : undefined}>
      <summary>{label}…</summary>
      <form action={formAction} className="form">
        <FormMessage state={failed} />
        <p>{explanation}</p>
        <input type="hidden" name="id" value={id} />
        <SubmitButton className="button button--danger" pendingText="Deleting…">
          {label}
        </SubmitButton>
      </form>
    </details>
  );
}
