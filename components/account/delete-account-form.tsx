"use client";

import { useActionState } from "react";
import { deleteAccountAction } from "@/lib/users/actions";
import { FieldError, FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function DeleteAccountForm() {
  const [state, action] = useActionState(deleteAccountAction, null);
  const errors = state && !state.ok ? state.fieldErrors.confirm : undefined;
  return (
    <form action={action} className="form">
      <FormMessage state={state && !state.ok ? state : null} />
      <p>
        Deleting your account signs you out everywhere and removes your email address. Your comments stay, shown as
        “[deleted user]”.
      </p>
      <label htmlFor="delete-confirm">Type DELETE to confirm</label>
      <input id="delete-confirm" name="confirm" autoComplete="off" aria-invalid={errors ? true : undefined} aria-describedby={errors ? "delete-confirm-error" : undefined} />
      <FieldError id="delete-confirm-error" errors={errors} />
      <SubmitButton pendingText="Deleting…" className="button button--danger">
        Delete my account
      </SubmitButton>
    </form>
  );
}
