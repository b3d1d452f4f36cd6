"use client";

import { useActionState } from "react";
import { BAN_REASON_MAX } from "@/lib/moderation/rules";
import { banUserAction, unbanUserAction } from "@/lib/users/admin-actions";
import { FieldError, FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

interface BanControlProps {
  userId: string;
  userLabel: string;
  ban: { reason: string } | null;
}

/**
 * A user's ban: the reason and a way to lift it, or a folded-away form to impose one (with the
 * reason the audit log keeps). One component for both states, so the confirmation survives the
 * row switching from one to the other.
 */
export function BanControl({ userId, userLabel, ban }: BanControlProps) {
  const [banState, banAction] = useActionState(banUserAction, null);
  const [unbanState, unbanAction] = useActionState(unbanUserAction, null);
  const banFailed = banState && !banState.ok ? banState : null;
  const reasonErrors = banFailed?.fieldErrors.reason;
  const reasonId = `ban-reason-${userId}`;

  if (ban) {
    return (
      <form action={unbanAction} className="admin-inline-form">
        <FormMessage state={banState} />
        <span>
          <span className="status status--banned">banned</span> {ban.reason}
        </span>
        <input type="hidden" name="userId" value={userId} />
        <SubmitButton pendingText="Lifting…" className="button button--secondary">
          Lift ban <span className="visually-hidden">on {userLabel}</span>
        </SubmitButton>
        <FormMessage state={unbanState && !unbanState.ok ? unbanState : null} />
      </form>
    );
  }
  return (
    <>
      <FormMessage state={unbanState} />
      <details open={banFailed ? true : undefined}>
        <summary>
          Ban <span className="visually-hidden">{userLabel}</span>
        </summary>
        <form action={banAction} className="admin-inline-form">
          <input type="hidden" name="userId" value={userId} />
          <label htmlFor={reasonId}>Reason</label>
          <input
            id={reasonId}
            name="reason"
            required
            maxLength={BAN_REASON_MAX}
            defaultValue={banFailed?.values.reason ?? ""}
            aria-invalid={reasonErrors ? true : undefined}
            aria-describedby={reasonErrors ? `${reasonId}-error` : undefined}
          />
          <SubmitButton pendingText="Banning…" className="button button--danger">
            Ban <span className="visually-hidden">{userLabel}</span>
          </SubmitButton>
          <FieldError id={`${reasonId}-error`} errors={reasonErrors} />
          <FormMessage state={banFailed} />
        </form>
      </details>
    </>
  );
}
