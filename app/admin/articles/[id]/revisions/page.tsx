import Link from "next/link";
import { notFound } from "next/navigation";
import { RestoreButton } from "@/components/admin/articles/restore-button";
import { RevisionDiff } from "@/components/admin/articles/revision-diff";
import { DateTime } from "@/components/ui/date-time";
import { getRevisionSnapshot, listRevisions } from "@/lib/articles/admin-queries";
import { diffSnapshots } from "@/lib/articles/diff";
import { requireActor } from "@/lib/auth/session";
import { forPage } from "@/lib/page-errors";
import { idParam, isId } from "@/lib/forms";

export const metadata = { title: "Revisions" };


export default async function RevisionsPage({ params, searchParams }: PageProps<"/admin/articles/[id]/revisions">) {
  const { id } = await params;
  const actor = await requireActor("admin:access", `/admin/articles/${id}/revisions`);
  if (!isId(id)) notFound();
  const history = await forPage(listRevisions(actor, id));
  if (!history) notFound();
  const query = await searchParams;
  const revisions = history.revisions;
  // By default: the newest revision against the one before it (or the live one, for a pending change).
  const b = idParam(query.b) ?? revisions[0]?.id ?? null;
  const bIndex = revisions.findIndex((r) => r.id === b);
  const live = revisions.find((r, i) => i > bIndex && r.state === "APPLIED");
  const a = idParam(query.a) ?? (revisions[bIndex]?.state === "PENDING" ? live?.id : revisions[bIndex + 1]?.id) ?? null;
  const [before, after] = await Promise.all([a ? getRevisionSnapshot(actor, id, a) : null, b ? getRevisionSnapshot(actor, id, b) : null]);
  return (
    <>
      <h1>Revisions of “{history.title}”</h1>
      <p>
        <Link href={`/admin/articles/${id}`}>Back to the editor</Link>
      </p>
      {/* The radios belong to the compare form by its id, so each row's Restore form is not nested in it. */}
      <form id="compare" method="get" />
      <table className="admin-table admin-table--cards">
          <caption className="visually-hidden">Every save of this article, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Compare from</th>
              <th scope="col">to</th>
              <th scope="col">Saved</th>
              <th scope="col">By</th>
              <th scope="col">Kind</th>
              <th scope="col">Headline</th>
              <th scope="col">
                <span className="visually-hidden">Restore</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((r) => (
              <tr key={r.id}>
                <td data-label="Compare from">
                  <input type="radio" form="compare" name="a" value={r.id} defaultChecked={r.id === a} aria-label={`Compare from the revision of ${r.createdAt.toISOString()}`} />
                </td>
                <td data-label="to">
                  <input type="radio" form="compare" name="b" value={r.id} defaultChecked={r.id === b} aria-label={`Compare to the revision of ${r.createdAt.toISOString()}`} />
                </td>
                <td data-label="Saved">
                  <DateTime date={r.createdAt} />
                </td>
                <td data-label="By">{r.by ?? "—"}</td>
                <td data-label="Kind">
                  <span className={`status status--${r.state.toLowerCase()}`}>{r.state.toLowerCase()}</span> {r.changeKind?.toLowerCase() ?? ""}
                  {r.note && <div className="hint">{r.note}</div>}
                </td>
                <td data-label="Headline">{r.title}</td>
                <td>
                  <RestoreButton revisionId={r.id} />
                </td>
              </tr>
            ))}
          </tbody>
      </table>
      <p>
        <button type="submit" form="compare" className="button button--secondary">
          Compare
        </button>
      </p>
      <h2>Changes</h2>
      {before && after ? <RevisionDiff fields={diffSnapshots(before, after)} /> : <p>Choose two revisions to compare.</p>}
    </>
  );
}
