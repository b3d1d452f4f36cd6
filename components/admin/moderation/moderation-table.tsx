import Link from "next/link";
import { CommentBody } from "@/components/comments/comment-body";
import { DateTime } from "@/components/ui/date-time";
import type { ModerationCommentDTO } from "@/lib/moderation/dto";
import type { ModerationDecision } from "@/lib/moderation/rules";
import { articlePath } from "@/lib/site/urls";

interface ModerationTableProps {
  items: ModerationCommentDTO[];
  caption: string;
  canDismiss: boolean;
  canBan: boolean;
}

const ROW_BUTTONS: { decision: ModerationDecision; label: string }[] = [
  { decision: "approve", label: "Approve" },
  { decision: "reject", label: "Reject" },
  { decision: "spam", label: "Spam" },
];

function Reports({ reports }: { reports: ModerationCommentDTO["reports"] }) {
  if (reports.count === 0) return null;
  return (
    <div className="moderation-reports">
      <strong>
        Reported {reports.count} {reports.count === 1 ? "time" : "times"}
      </strong>
      {reports.reasons.length > 0 && (
        <ul>
          {reports.reasons.map((reason, i) => (
            <li key={i}>{reason}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Author({ author }: { author: ModerationCommentDTO["author"] }) {
  if (!author) return <em>[deleted user]</em>;
  return (
    <>
      {author.name}
      <br />
      <span className="moderation-email">{author.email}</span>
      {author.banned && (
        <>
          {" "}
          <span className="status status--banned">banned</span>
        </>
      )}
    </>
  );
}

/** The rows of a moderation queue; lives inside ModerationForm, whose buttons it feeds. */
export function ModerationTable({ items, caption, canDismiss, canBan }: ModerationTableProps) {
  return (
    <table className="admin-table admin-table--cards moderation-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">Select</span>
          </th>
          <th scope="col">Comment</th>
          <th scope="col">Author</th>
          <th scope="col">Article</th>
          <th scope="col">Posted</th>
          <th scope="col">Decide</th>
        </tr>
      </thead>
      <tbody>
        {items.map((comment) => {
          const whose = `comment by ${comment.author?.name ?? "a deleted user"} on “${comment.article.title}”`;
          return (
            <tr key={comment.id} id={`moderate-${comment.id}`}>
              <td className="moderation-select" data-label="Select">
                <input type="checkbox" name="ids" value={comment.id} aria-label={`Select ${whose}`} />
              </td>
              <td className="moderation-comment">
                {comment.status !== "PENDING" && <span className={`status status--${comment.status.toLowerCase()}`}>{comment.status.toLowerCase()}</span>}
                <CommentBody body={comment.body} />
                <Reports reports={comment.reports} />
              </td>
              <td data-label="Author">
                <Author author={comment.author} />
              </td>
              <td data-label="Article">
                <Link href={`${articlePath(comment.article.slug)}#comment-${comment.id}`}>{comment.article.title}</Link>
                {comment.isReply && <span className="hint"> (a reply)</span>}
              </td>
              <td data-label="Posted">
                <DateTime date={comment.createdAt} />
              </td>
              <td>
                <div className="moderation-row-actions">
                  {ROW_BUTTONS.map(({ decision, label }) => (
                    <button key={decision} type="submit" name="row" value={`${decision}:${comment.id}`} className="link-button">
                      {label} <span className="visually-hidden">{whose}</span>
                    </button>
                  ))}
                  {canDismiss && comment.reports.count > 0 && (
                    <button type="submit" name="row" value={`dismiss:${comment.id}`} className="link-button">
                      Dismiss reports <span className="visually-hidden">on {whose}</span>
                    </button>
                  )}
                  {canBan && comment.author && !comment.author.banned && (
                    <button type="submit" name="row" value={`ban:${comment.id}`} className="link-button moderation-ban">
                      Ban author <span className="visually-hidden">of {whose}</span>
                    </button>
                  )}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
