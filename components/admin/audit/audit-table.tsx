import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import { auditTargetHref, formatAuditDetail } from "@/components/admin/audit/audit-format";
import type { AuditEventDTO } from "@/lib/audit/queries";

function Target({ type, id }: { type: string; id: string }) {
  const href = auditTargetHref(type, id);
  const text = (
    <>
      {type} <code>{id}</code>
    </>
  );
  return href ? <Link href={href}>{text}</Link> : text;
}

/** Who did what to what, and when; the newest first. */
export function AuditTable({ events }: { events: AuditEventDTO[] }) {
  return (
    <table className="admin-table">
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">What</th>
          <th scope="col">Target</th>
          <th scope="col">Detail</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => {
          const detail = formatAuditDetail(event.detail);
          return (
            <tr key={event.id}>
              <td>
                <DateTime date={event.createdAt} />
              </td>
              <td>{event.actorName ?? <em>system</em>}</td>
              <td>
                <code>{event.action}</code>
              </td>
              <td>
                <Target type={event.targetType} id={event.targetId} />
              </td>
              <td>{detail ? <pre className="audit-detail">{detail}</pre> : "—"}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
