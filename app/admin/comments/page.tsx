import { ModerationFeedback } from "@/components/admin/moderation/moderation-feedback";
import { ModerationForm } from "@/components/admin/moderation/moderation-form";
import { ModerationTable } from "@/components/admin/moderation/moderation-table";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import type { ModerationQueueDTO } from "@/lib/moderation/dto";
import { listPendingComments, listReportedComments } from "@/lib/moderation/queries";
import "../people.css";

export const metadata = { title: "Comments" };

function Queue({ id, title, queue, empty, canDismiss, canBan }: { id: "pending" | "reported"; title: string; queue: ModerationQueueDTO; empty: string; canDismiss: boolean; canBan: boolean }) {
  return (
    <section aria-labelledby={`${id}-heading`} id={id}>
      <h2 id={`${id}-heading`}>
        {title} ({queue.total})
      </h2>
      {queue.total > queue.items.length && (
        <p className="admin-summary">
          Showing the newest {queue.items.length} of {queue.total}. Decide on these to see more.
        </p>
      )}
      <ModerationForm queue={id} canDismiss={canDismiss} canBan={canBan} empty={queue.total === 0 ? empty : null}>
        <ModerationTable items={queue.items} caption={title} canDismiss={canDismiss} canBan={canBan} />
      </ModerationForm>
    </section>
  );
}

export default async function CommentModerationPage() {
  const actor = await requireActor("comment:moderate", "/admin/comments");
  const [pending, reported] = await Promise.all([listPendingComments(actor), listReportedComments(actor)]);
  const canBan = can(actor, "user:ban");
  return (
    <ModerationFeedback>
      <h1>Comments</h1>
      <Queue id="pending" title="Waiting for approval" queue={pending} empty="No comments are waiting for approval." canDismiss={false} canBan={canBan} />
      <Queue id="reported" title="Reported by readers" queue={reported} empty="No reported comments." canDismiss canBan={canBan} />
    </ModerationFeedback>
  );
}
