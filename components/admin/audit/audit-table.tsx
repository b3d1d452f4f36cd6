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
    <table className="admin-table admin-table--cards">
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
              <td data-label="When">
                <DateTime date={event.createdAt} />
              </td>
              <td data-label="Who">{event.actorName ?? <em>system</em>}</td>
              <td data-label="What">
                <code>{event.action}</code>
              </td>
              <td data-label="Target">
                <Target type={event.targetType} id={event.targetId} />
              </td>
              <td data-label="Detail">{detail ? <pre className="audit-detail">{detail}</pre> : "—"}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
