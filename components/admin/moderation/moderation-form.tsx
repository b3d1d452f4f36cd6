"use client";

import { useActionState, type ReactNode } from "react";
import { moderateCommentsAction } from "@/lib/moderation/actions";
import { BAN_REASON_MAX } from "@/lib/moderation/rules";
import { FieldError, FormMessage } from "@/components/ui/form-message";
import { useLatestDecision } from "@/components/admin/moderation/moderation-feedback";

interface ModerationFormProps {
  /** Names the form's fields apart when two queues share a page. */
  queue: "pending" | "reported";
  /** Reported comments can have their reports dismissed and stay up. */
  canDismiss: boolean;
  canBan: boolean;
  /** The queue's table: a checkbox and per-row buttons for each comment. */
  children: ReactNode;
  /**
   * Said instead of the toolbar and table when the queue is empty. The form stays, so the answer
   * to the decision that emptied the queue stays on screen.
   */
  empty: string | null;
}

/**
 * One form around a queue: tick rows and press a bulk button, or press a row's own button.
 * The ban reason comes first, so pressing Enter in it bans (the selected rows' authors) rather
 * than approving anything.
 */
export function ModerationForm({ queue, canDismiss, canBan, children, empty }: ModerationFormProps) {
  const [state, action] = useActionState(moderateCommentsAction, null);
  const shown = useLatestDecision(queue, state) ? state : null;
  const failed = shown && !shown.ok ? shown : null;
  const errors = failed?.fieldErrors;
  const reasonId = `${queue}-ban-reason`;
  if (empty !== null) {
    return (
      <div className="moderation-form">
        <FormMessage state={shown} />
        <p className="empty">{empty}</p>
      </div>
    );
  }
  return (
    <form action={action} className="moderation-form">
      <FormMessage state={shown} />
      <div className="moderation-toolbar" role="group" aria-label="Decide on the selected comments">
        {canBan && (
          <div className="moderation-toolbar__ban">
            <label htmlFor={reasonId}>Ban reason</label>
            <input
              id={reasonId}
              name="reason"
              maxLength={BAN_REASON_MAX}
              defaultValue={failed?.values.reason ?? ""}
              aria-invalid={errors?.reason ? true : undefined}
              aria-describedby={`${reasonId}-hint${errors?.reason ? ` ${reasonId}-error` : ""}`}
            />
            <button type="submit" name="decision" value="ban" className="button button--danger">
              Ban authors of selected
            </button>
            <span id={`${reasonId}-hint`} className="hint">
              Used by every “Ban author” button in this list. Banned users keep their account but cannot comment; their waiting
              comments are rejected.
            </span>
            <FieldError id={`${reasonId}-error`} errors={errors?.reason} />
          </div>
        )}
        <div className="moderation-toolbar__decisions">
          <button type="submit" name="decision" value="approve" className="button">
            Approve selected
          </button>
          <button type="submit" name="decision" value="reject" className="button button--secondary">
            Reject selected
          </button>
          <button type="submit" name="decision" value="spam" className="button button--secondary">
            Mark selected as spam
          </button>
          {canDismiss && (
            <button type="submit" name="decision" value="dismiss" className="button button--secondary">
              Dismiss reports on selected
            </button>
          )}
        </div>
        <FieldError id={`${queue}-selection-error`} errors={errors?.ids ?? errors?.decision ?? errors?.row} />
      </div>
      {children}
    </form>
  );
}
