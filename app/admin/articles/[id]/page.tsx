import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleEditor } from "@/components/admin/articles/article-editor";
import { AutosaveOffer } from "@/components/admin/articles/autosave-offer";
import { CorrectionForm, PendingChange } from "@/components/admin/articles/live-story-panels";
import { loadEditorOptions, workflowChoices } from "@/lib/articles/editor-page-data";
import { DateTime } from "@/components/ui/date-time";
import { getEditableArticle } from "@/lib/articles/admin-queries";
import { forPage } from "@/lib/page-errors";
import { noticeText } from "@/lib/articles/notices";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { dateToZonedLocal } from "@/lib/site/zoned-time";
import { articlePath } from "@/lib/site/urls";
import { isId } from "@/lib/forms";
import { getOwnAutosave } from "@/lib/autosave/queries";
import { editorStartFromAutosave, type EditorStart } from "@/lib/autosave/restore";

export const metadata = { title: "Edit article" };

export default async function EditArticlePage({ params, searchParams }: PageProps<"/admin/articles/[id]">) {
  const { id } = await params;
  const actor = await requireActor("admin:access", `/admin/articles/${id}`);
  if (!isId(id)) notFound();
  const [article, options, autosave, { notice, autosave: wanted }] = await Promise.all([
    forPage(getEditableArticle(actor, id)),
    loadEditorOptions(actor),
    getOwnAutosave(actor, id),
    searchParams,
  ]);
  if (!article) notFound();
  const message = noticeText(notice);
  const restored = Boolean(autosave) && wanted === "restore";
  const saved: EditorStart = {
    initial: article.snapshot,
    tagNames: article.tagNames,
    scheduledAtLocal: article.scheduledAt ? dateToZonedLocal(article.scheduledAt, env.SITE_TIMEZONE) : "",
  };
  const start = restored && autosave ? editorStartFromAutosave(autosave.fields) : saved;
  return (
    <>
      <h1>Edit article</h1>
      <p>
        <span className={`status status--${article.status.toLowerCase()}`}>{article.status.replace("_", " ").toLowerCase()}</span>
        {article.status === "SCHEDULED" && article.scheduledAt && (
          <>
            {" "}
            for <DateTime date={article.scheduledAt} />
          </>
        )}{" "}
        · <Link href={`/admin/articles/${article.id}/revisions`}>Revisions</Link>
        {article.status === "PUBLISHED" && (
          <>
            {" "}
            · <Link href={articlePath(article.snapshot.slug)}>View on the site</Link>
          </>
        )}
      </p>
      {message && (
        <p className="admin-notice" role="status">
          {message}
        </p>
      )}
      {autosave && <AutosaveOffer articleId={article.id} savedAt={autosave.savedAt} restored={restored} outdated={autosave.baseVersion !== article.version} />}
      {article.pending && <PendingChange articleId={article.id} pending={article.pending} canApprove={can(actor, "article:approve-revision")} />}
      <ArticleEditor
        key={`${article.version}-${restored ? "autosave" : "saved"}`}
        articleId={article.id}
        // A restored autosave is saved against the version it was typed on: a newer one refuses it.
        version={restored && autosave ? autosave.baseVersion : article.version}
        {...start}
        options={options}
        workflow={workflowChoices(actor, article)}
        restored={restored}
      />
      {article.status === "PUBLISHED" && can(actor, "article:correct") && <CorrectionForm articleId={article.id} corrections={article.corrections} />}
    </>
  );
}
