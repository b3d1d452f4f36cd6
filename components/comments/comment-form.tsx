"use client";

import { useActionState } from "react";
import { postCommentAction } from "@/lib/comments/actions";
import { COMMENT_MAX_LENGTH } from "@/lib/comments/rules";
import { FieldError, FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useRefreshAfterSuccess } from "@/components/comments/comments-refresh";

interface CommentFormProps {
  articleId: string;
  /** Set for a reply: the comment being replied to. */
  parentId?: string;
  notifyByDefault: boolean;
  label?: string;
}

/**
 * Posting a comment or reply. Works as a plain form without JavaScript; with it, no reload. The
 * story's comment form stays open for the next comment; a reply's closes once it is posted.
 */
export function CommentForm({ articleId, parentId, notifyByDefault, label = "Your comment" }: CommentFormProps) {
  const [state, action] = useActionState(postCommentAction, null);
  useRefreshAfterSuccess(state);
  const failed = state && !state.ok ? state : null;
  const bodyErrors = failed?.fieldErrors.body;
  const idBase = parentId ? `reply-${parentId}` : "comment";
  // A reply is one thing said under one comment: once posted, its form gives way to the message.
  if (parentId && state?.ok) return <FormMessage state={state} />;
  return (
    // After a successful post the form is drawn afresh (empty); after a refusal it keeps the text.
    <form action={action} className="form comment-form" key={state?.ok ? `sent-${state.data.id}` : "form"} id={parentId ? `reply-${parentId}` : "comment-form"}>
      <FormMessage state={state} />
      <input type="hidden" name="articleId" value={articleId} />
      {parentId && <input type="hidden" name="parentId" value={parentId} />}
      <label htmlFor={`${idBase}-body`}>{label}</label>
      <textarea
        id={`${idBase}-body`}
        name="body"
        rows={parentId ? 3 : 5}
        maxLength={COMMENT_MAX_LENGTH}
        required
        defaultValue={failed?.values.body ?? ""}
        aria-invalid={bodyErrors ? true : undefined}
        aria-describedby={bodyErrors ? `${idBase}-body-error ${idBase}-hint` : `${idBase}-hint`}
      />
      <p className="hint" id={`${idBase}-hint`}>
        Plain text, up to {COMMENT_MAX_LENGTH.toLocaleString("en")} characters. Links are allowed.
      </p>
      <FieldError id={`${idBase}-body-error`} errors={bodyErrors} />
      <div className="hp" aria-hidden="true">
        <label htmlFor={`${idBase}-website`}>Leave this field empty</label>
        <input id={`${idBase}-website`} name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          name="notifyReplies"
          defaultChecked={failed ? failed.values.notifyReplies === "on" : notifyByDefault}
        />{" "}
        Email me when someone replies
      </label>
      <SubmitButton pendingText="Posting…">{parentId ? "Post reply" : "Post comment"}</SubmitButton>
    </form>
  );
}
