"use client";

import { useFormStatus } from "react-dom";
import type { WorkflowChoices } from "@/lib/articles/editor-page-data";

function Intent({ value, children, variant = "secondary" }: { value: string; children: string; variant?: "primary" | "secondary" | "danger" }) {
  const { pending } = useFormStatus();
  const className = variant === "primary" ? "button" : variant === "danger" ? "button button--danger" : "button button--secondary";
  return (
    <button type="submit" name="intent" value={value} className={className} disabled={pending}>
      {children}
    </button>
  );
}

/** Jumps to the rendered body (beside the form on a wide screen, below it on a phone). */
function PreviewLink() {
  return (
    <a className="button button--secondary" href="#preview-heading">
      Preview
    </a>
  );
}

/** The buttons a user may press, given the article's state and their role, in the order of the workflow. */
export function WorkflowButtons({ status, canPublish, canApprove, canSubmit, canUnpublish }: WorkflowChoices) {
  if (status === "PUBLISHED") {
    return (
      <>
        <Intent value="propose" variant={canApprove ? "secondary" : "primary"}>
          Save change for review
        </Intent>
        <PreviewLink />
        {canApprove && (
          <Intent value="apply" variant="primary">
            Publish change now
          </Intent>
        )}
        {canUnpublish && (
          <Intent value="unpublish" variant="danger">
            Unpublish
          </Intent>
        )}
      </>
    );
  }
  return (
    <>
      <Intent value="save" variant={canPublish ? "secondary" : "primary"}>
        {status === "SCHEDULED" ? "Save" : "Save draft"}
      </Intent>
      <PreviewLink />
      {canSubmit && status !== "IN_REVIEW" && status !== "SCHEDULED" && <Intent value="submit">Submit for review</Intent>}
      {canPublish && (
        <>
          <Intent value="schedule">Schedule</Intent>
          <Intent value="publish" variant="primary">
            Publish now
          </Intent>
        </>
      )}
    </>
  );
}
