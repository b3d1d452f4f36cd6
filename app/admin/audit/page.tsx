import { notFound } from "next/navigation";
import { AuditFilters } from "@/components/admin/audit/audit-filters";
import { parseAuditParams } from "@/components/admin/audit/audit-format";
import { AuditTable } from "@/components/admin/audit/audit-table";
import { Pagination } from "@/components/ui/pagination";
import { listAuditEvents, listAuditTargetTypes } from "@/lib/audit/queries";
import { requireActor } from "@/lib/auth/session";
import "../people.css";

export const metadata = { title: "Audit log" };

const AUDIT_PATH = "/admin/audit";

export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  const actor = await requireActor("audit:view", AUDIT_PATH);
  const filters = parseAuditParams(await searchParams);
  const [events, targetTypes] = await Promise.all([listAuditEvents(actor, filters), listAuditTargetTypes(actor)]);
  if (filters.page > events.totalPages) notFound();
  const filtered = filters.action !== "" || filters.targetType !== "";
  return (
    <>
      <h1>Audit log</h1>
      <AuditFilters action={filters.action} targetType={filters.targetType} targetTypes={targetTypes} />
      {events.total === 0 ? (
        <p className="empty">{filtered ? "No events match these filters." : "Nothing has been logged yet."}</p>
      ) : (
        <>
          <p className="admin-summary">
            {events.total} {events.total === 1 ? "event" : "events"}, newest first.
          </p>
          <AuditTable events={events.items} />
          <Pagination
            basePath={AUDIT_PATH}
            query={{ action: filters.action, target: filters.targetType }}
            page={events.page}
            totalPages={events.totalPages}
            labels={{ previous: "← Newer", next: "Older →" }}
          />
        </>
      )}
    </>
  );
}
