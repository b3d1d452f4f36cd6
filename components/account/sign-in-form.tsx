"use client";

import { useActionState } from "react";
import { requestSignInLinkAction } from "@/lib/auth/actions";
import { FieldError, FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action] = useActionState(requestSignInLinkAction, null);
  const values = state && !state.ok ? state.values : {};
  const emailErrors = state && !state.ok ? state.fieldErrors.email : undefined;
  return (
    <form action={action} className="form" noValidate>
      <FormMessage state={state && !state.ok ? state : null} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <label htmlFor="signin-email">Email address</label>
      <input
        id="signin-email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={values.email ?? ""}
        aria-invalid={emailErrors ? true : undefined}
        aria-describedby={emailErrors ? "signin-email-error" : undefined}
      />
      <FieldError id="signin-email-error" errors={emailErrors} />
      <SubmitButton pendingText="Sending…">Email me a sign-in link</SubmitButton>
    </form>
  );
}
