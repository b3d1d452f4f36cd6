import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import { DiscardAutosaveButton } from "@/components/admin/articles/discard-autosave-button";

/** The editor's address that opens the person's autosave instead of the saved article. */
export function restoreAutosavePath(articleId: string | null): string {
  return `/admin/articles/${articleId ?? "new"}?autosave=restore`;
}

interface AutosaveOfferProps {
  articleId: string | null;
  savedAt: Date;
  /** The form shows the autosave now (after "Restore it"). */
  restored: boolean;
  /** The article was saved again after the form that made this autosave was opened. */
  outdated: boolean;
}

/**
 * Above the editor when the person has an autosave of this article (or of their new one): what
 * it is, and the choice to restore or discard it. It stays until they save or discard.
 */
export function AutosaveOffer({ articleId, savedAt, restored, outdated }: AutosaveOfferProps) {
  const staleNote = outdated && (
    <p>The article was saved again since this version was typed, so saving it will be refused: copy what you need from it, then discard it.</p>
  );
  return (
    <section className="admin-warning editor-autosave" aria-labelledby="autosave-heading">
      <h2 id="autosave-heading" className="visually-hidden">
        Autosaved version
      </h2>
      {restored ? (
        <p>
          The form holds your version autosaved <DateTime date={savedAt} />. Save to keep it, or discard it to go back to {articleId ? "the saved article" : "an empty form"}.
        </p>
      ) : (
        <p>
          You have unsaved changes, autosaved <DateTime date={savedAt} />.
        </p>
      )}
      {staleNote}
      {!restored && (
        <Link className="button" href={restoreAutosavePath(articleId)}>
          Restore
        </Link>
      )}
      <DiscardAutosaveButton articleId={articleId} />
    </section>
  );
}
