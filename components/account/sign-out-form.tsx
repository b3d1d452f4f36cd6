"use client";

import { useActionState } from "react";
import { signOutAction } from "@/lib/auth/actions";

/** Works without JavaScript: a plain form posting to the sign-out action, which redirects home. */
export function SignOutForm() {
  const [state, action] = useActionState(signOutAction, null);
  return (
    <form action={action}>
      <button type="submit" className="button button--secondary">
        Sign out
      </button>
      {state && !state.ok ? <p role="alert">{state.message}</p> : null}
    </form>
  );
}
