import type { CorrectionDTO } from "@/lib/articles/dto";
import { DateTime } from "@/components/ui/date-time";

/** Dated correction notes, shown where a reader will see them: at the end of the story. */
export function Corrections({ corrections }: { corrections: CorrectionDTO[] }) {
  if (corrections.length === 0) return null;
  return (
    <aside className="corrections" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">{corrections.length === 1 ? "Correction" : "Corrections"}</h2>
      <ul role="list">
        {corrections.map((c) => (
          <li key={c.id}>
            <DateTime date={c.createdAt} withTime={false} />: {c.body}
          </li>
        ))}
      </ul>
    </aside>
  );
}
