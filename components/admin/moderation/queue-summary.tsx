import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import type { ModerationQueueDTO } from "@/lib/moderation/dto";

const MODERATION_PATH = "/admin/comments";
const EXCERPT_LENGTH = 120;

function excerpt(body: string): string {
  const oneLine = body.replace(/\s+/g, " ").trim();
  return oneLine.length > EXCERPT_LENGTH ? `${oneLine.slice(0, EXCERPT_LENGTH - 1)}…` : oneLine;
}

/** A dashboard card: how many comments wait in one queue, and the newest few, linked to the queue. */
export function QueueSummary({ title, queue, anchor, empty }: { title: string; queue: ModerationQueueDTO; anchor: string; empty: string }) {
  const headingId = `dashboard-${anchor}`;
  return (
    <section className="admin-card dashboard-list" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Link href={`${MODERATION_PATH}#${anchor}`}>{title}</Link> <span className="dashboard-count">{queue.total}</span>
      </h2>
      {queue.items.length === 0 ? (
        <p className="hint">{empty}</p>
      ) : (
        <ul>
          {queue.items.map((comment) => (
            <li key={comment.id}>
              <Link href={`${MODERATION_PATH}#moderate-${comment.id}`}>“{excerpt(comment.body)}”</Link>
              <span className="hint">
                {" "}
                {comment.author?.name ?? "[deleted user]"} on {comment.article.title}
                {comment.reports.count > 0 && ` · ${comment.reports.count} ${comment.reports.count === 1 ? "report" : "reports"}`} ·{" "}
                <DateTime date={comment.createdAt} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
