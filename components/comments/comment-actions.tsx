"use client";

import { useActionState, useState } from "react";
import { deleteCommentAction, editCommentAction, reportCommentAction } from "@/lib/comments/actions";
import { COMMENT_MAX_LENGTH } from "@/lib/comments/rules";
import { FieldError, FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useRefreshAfterSuccess } from "@/components/comments/comments-refresh";

export function DeleteCommentForm({ commentId }: { commentId: string }) {
  const [state, action] = useActionState(deleteCommentAction, null);
  useRefreshAfterSuccess(state);
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="commentId" value={commentId} />
      <SubmitButton pendingText="Deleting…" className="link-button">
        Delete
      </SubmitButton>
      <FormMessage state={state && !state.ok ? state : null} />
    </form>
  );
}

export function ReportCommentForm({ commentId }: { commentId: string }) {
  const [state, action] = useActionState(reportCommentAction, null);
  if (state?.ok) return <FormMessage state={state} />;
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="commentId" value={commentId} />
      <SubmitButton pendingText="Reporting…" className="link-button">
        Report
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/**
 * What a reader typed into a server-rendered text box before the page's scripts ran, read while
 * React hydrates it (before it touches the element), or null (on the server, or when the box is
 * rendered afresh). React sets a hydrated <textarea> back to its server text when that text is
 * not empty, which would otherwise throw the typing away.
 */
function typedBeforeHydration(id: string): string | null {
  if (typeof document === "undefined") return null;
  const element = document.getElementById(id);
  return element instanceof HTMLTextAreaElement ? element.value : null;
}

export function EditCommentForm({ commentId, body, cancelHref }: { commentId: string; body: string; cancelHref: string }) {
  const [state, action] = useActionState(editCommentAction, null);
  const [initialBody] = useState(() => typedBeforeHydration(`edit-${commentId}`) ?? body);
  useRefreshAfterSuccess(state);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors.body;
  if (state?.ok) return <FormMessage state={state} />;
  return (
    <form action={action} className="form comment-form">
      <FormMessage state={failed} />
      <input type="hidden" name="commentId" value={commentId} />
      <label htmlFor={`edit-${commentId}`}>Edit your comment</label>
      <textarea
        id={`edit-${commentId}`}
        name="body"
        rows={4}
        maxLength={COMMENT_MAX_LENGTH}
        required
        defaultValue={failed?.values.body ?? initialBody}
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors ? `edit-${commentId}-error` : undefined}
      />
      <FieldError id={`edit-${commentId}-error`} errors={errors} />
      <div className="form-row">
        <SubmitButton pendingText="Saving…">Save changes</SubmitButton>
        <a href={cancelHref}>Cancel</a>
      </div>
    </form>
  );
}
