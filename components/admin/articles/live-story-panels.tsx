"use client";

import Link from "next/link";
import { useActionState } from "react";
import { addCorrectionAction, approveRevisionAction, rejectRevisionAction } from "@/lib/articles/actions";
import { FieldError, FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

interface PendingProps {
  articleId: string;
  pending: { id: string; createdAt: Date; by: string | null; changeKind: "MINOR" | "SUBSTANTIVE" | null };
  canApprove: boolean;
}

/** A pending change to a live story: compare it, then approve (minor or substantive) or turn it down. */
export function PendingChange({ articleId, pending, canApprove }: PendingProps) {
  // Both actions redirect to the editor with a notice; only a refusal comes back here.
  const [approved, approve] = useActionState(approveRevisionAction, null);
  const [rejected, reject] = useActionState(rejectRevisionAction, null);
  return (
    <section className="admin-warning" aria-labelledby="pending-heading">
      <h2 id="pending-heading">A change to this live story is waiting for approval</h2>
      <p>
        Proposed by {pending.by ?? "someone"}. The form below shows the proposed version; readers still see the published one.{" "}
        <Link href={`/admin/articles/${articleId}/revisions?b=${pending.id}`}>Compare with the published version</Link>
      </p>
      {canApprove && (
        <div className="form-row">
          <form action={approve} className="inline-form">
            <FormMessage state={approved && !approved.ok ? approved : null} />
            <input type="hidden" name="revisionId" value={pending.id} />
            <fieldset className="choice-group">
              <legend>Kind of change</legend>
              <label className="checkbox">
                <input type="radio" name="changeKind" value="MINOR" defaultChecked={pending.changeKind === "MINOR"} /> Minor
              </label>
              <label className="checkbox">
                <input type="radio" name="changeKind" value="SUBSTANTIVE" defaultChecked={pending.changeKind === "SUBSTANTIVE"} /> Substantive
              </label>
            </fieldset>
            <SubmitButton pendingText="Approving…">Approve and publish</SubmitButton>
          </form>
          <form action={reject} className="inline-form">
            <FormMessage state={rejected && !rejected.ok ? rejected : null} />
            <input type="hidden" name="revisionId" value={pending.id} />
            <SubmitButton pendingText="…" className="button button--secondary">
              Turn down
            </SubmitButton>
          </form>
        </div>
      )}
    </section>
  );
}

export function CorrectionForm({ articleId, corrections }: { articleId: string; corrections: { id: string; body: string; createdAt: Date }[] }) {
  const [state, action] = useActionState(addCorrectionAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <section aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">Corrections</h2>
      {corrections.length > 0 && (
        <ul>
          {corrections.map((c) => (
            <li key={c.id}>
              {c.createdAt.toISOString().slice(0, 10)}: {c.body}
            </li>
          ))}
        </ul>
      )}
      <form action={action} className="form" key={state?.ok ? corrections.length : "form"}>
        <FormMessage state={state} />
        <input type="hidden" name="articleId" value={articleId} />
        <label htmlFor="correction-body">Add a correction note (published at once, dated today)</label>
        <textarea id="correction-body" name="body" rows={3} maxLength={1000} defaultValue={failed?.values.body ?? ""} aria-invalid={failed?.fieldErrors.body ? true : undefined} aria-describedby={failed?.fieldErrors.body ? "correction-body-error" : undefined} />
        <FieldError id="correction-body-error" errors={failed?.fieldErrors.body} />
        <SubmitButton pendingText="Publishing…">Publish correction</SubmitButton>
      </form>
    </section>
  );
}
