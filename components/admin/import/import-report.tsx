import type { ImportReport } from "@/lib/import/report";

/** Every word this component shows, in one place (for the message catalogue to come). */
const TEXT = {
  summary: (dryRun: boolean) => (dryRun ? "What the import would do" : "What the import did"),
  kinds: { posts: "Posts", authors: "Authors", sections: "Sections", tags: "Tags", images: "Images", comments: "Comments", oldAddresses: "Old addresses" },
  columns: ["", "Created", "Updated", "Unchanged", "Matched", "Skipped"],
  authors: "Authors",
  authorNew: (slug: string) => `new profile /authors/${slug}`,
  authorEarlier: (slug: string) => `the profile an earlier import made (/authors/${slug})`,
  authorMatched: (name: string | null, by: string | null, slug: string) => `matched ${name ?? ""} by ${by ?? ""} (/authors/${slug})`,
  posts: "Posts",
  postColumns: ["Source id", "Action", "Status", "Address", "Title", "Why"],
  notes: "Left out or changed",
  actions: { create: "create", update: "update", unchanged: "unchanged", skip: "skip", match: "match" } as Record<string, string>,
};

type Counts = ImportReport["counts"];

function row(kind: keyof typeof TEXT.kinds, counts: Counts) {
  const c = counts[kind] as { created: number; updated: number; unchanged: number; skipped: number; matched?: number };
  return [TEXT.kinds[kind], c.created, c.updated, c.unchanged, c.matched ?? "", c.skipped];
}

/** The import's report as the command line prints it: the counts, the author matches, every post, and what was left out. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const kinds = Object.keys(TEXT.kinds) as (keyof typeof TEXT.kinds)[];
  return (
    <section className="import-report" aria-labelledby="import-report-heading">
      <h2 id="import-report-heading">{TEXT.summary(report.dryRun)}</h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              {TEXT.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {kinds.map((kind) => {
              const [label, ...cells] = row(kind, report.counts);
              return (
                <tr key={kind}>
                  <th scope="row">{label}</th>
                  {cells.map((cell, i) => (
                    <td key={i}>{cell}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h3>{TEXT.authors}</h3>
      <ul className="import-report__authors">
        {report.authors.map((a) => (
          <li key={`${a.name}-${a.slug}`}>
            <strong>{a.name}</strong> {a.action === "create" ? TEXT.authorNew(a.slug) : a.matchedBy === "earlier import" ? TEXT.authorEarlier(a.slug) : TEXT.authorMatched(a.matchedName, a.matchedBy, a.slug)}
          </li>
        ))}
      </ul>
      <h3>{TEXT.posts}</h3>
      <div className="table-scroll">
        <table className="import-report__posts">
          <thead>
            <tr>
              {TEXT.postColumns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.posts.map((p) => (
              <tr key={p.sourceId}>
                <td>{p.sourceId}</td>
                <td>{TEXT.actions[p.action] ?? p.action}</td>
                <td>{p.status ?? p.sourceStatus}</td>
                <td>{p.action === "skip" ? "" : `/articles/${p.slug}`}</td>
                <td>{p.title}</td>
                <td>{p.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.notes.length > 0 && (
        <>
          <h3>{TEXT.notes}</h3>
          <ul>
            {report.notes.map((n) => (
              <li key={n.what}>
                {n.count} × {n.what}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
