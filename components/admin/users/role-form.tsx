"use client";

import { useActionState } from "react";
import { ROLES, type Role } from "@/lib/auth/permissions";
import { changeRoleAction } from "@/lib/users/admin-actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

/** A user's role: pick another and save. */
export function RoleForm({ userId, role, userLabel }: { userId: string; role: Role; userLabel: string }) {
  const [state, action] = useActionState(changeRoleAction, null);
  const selectId = `role-${userId}`;
  return (
    <form action={action} className="admin-inline-form">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={selectId} className="visually-hidden">
        Role of {userLabel}
      </label>
      <select id={selectId} name="role" defaultValue={role} key={role}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {r.toLowerCase()}
          </option>
        ))}
      </select>
      <SubmitButton pendingText="Saving…" className="button button--secondary">
        Save <span className="visually-hidden">role of {userLabel}</span>
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
