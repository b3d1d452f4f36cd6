"use client";

import { useActionState } from "react";
import { updateProfileAction } from "@/lib/users/actions";
import { FieldError, FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function ProfileForm({ name, notifyReplies }: { name: string; notifyReplies: boolean }) {
  const [state, action] = useActionState(updateProfileAction, null);
  const failed = state && !state.ok ? state : null;
  const nameErrors = failed?.fieldErrors.name;
  return (
    <form action={action} className="form">
      <FormMessage state={state} />
      <label htmlFor="profile-name">Display name</label>
      <p className="hint" id="profile-name-hint">
        Shown next to your comments.
      </p>
      <input
        id="profile-name"
        name="name"
        maxLength={50}
        required
        defaultValue={failed ? failed.values.name : name}
        aria-invalid={nameErrors ? true : undefined}
        aria-describedby={nameErrors ? "profile-name-hint profile-name-error" : "profile-name-hint"}
      />
      <FieldError id="profile-name-error" errors={nameErrors} />
      <label className="checkbox">
        <input type="checkbox" name="notifyReplies" defaultChecked={failed ? failed.values.notifyReplies === "on" : notifyReplies} /> Email
        me when someone replies to my comments (the default for new comments)
      </label>
      <SubmitButton pendingText="Saving…">Save profile</SubmitButton>
    </form>
  );
}
