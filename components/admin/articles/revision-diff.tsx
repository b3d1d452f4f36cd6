import type { FieldDiff } from "@/lib/articles/diff";

/** Field-by-field word diff: removed words struck through, added words highlighted. */
export function RevisionDiff({ fields }: { fields: FieldDiff[] }) {
  const changed = fields.filter((f) => f.changed);
  if (changed.length === 0) return <p>These two revisions have the same headline, slug, standfirst and body.</p>;
  return (
    <div>
      {changed.map((f) => (
        <section key={f.field} aria-label={f.label}>
          <h3>{f.label}</h3>
          <div className="diff">
            {f.parts.map((p, i) =>
              p.kind === "added" ? <ins key={i}>{p.text}</ins> : p.kind === "removed" ? <del key={i}>{p.text}</del> : <span key={i}>{p.text}</span>,
            )}
          </div>
        </section>
      ))}
    </div>
  );
}
