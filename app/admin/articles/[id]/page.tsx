import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleEditor } from "@/components/admin/articles/article-editor";
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

export const metadata = { title: "Edit article" };

export default async function EditArticlePage({ params, searchParams }: PageProps<"/admin/articles/[id]">) {
  const { id } = await params;
  const actor = await requireActor("admin:access", `/admin/articles/${id}`);
  if (!isId(id)) notFound();
  const [article, options, { notice }] = await Promise.all([forPage(getEditableArticle(actor, id)), loadEditorOptions(actor), searchParams]);
  if (!article) notFound();
  const message = noticeText(notice);
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
      {article.pending && <PendingChange articleId={article.id} pending={article.pending} canApprove={can(actor, "article:approve-revision")} />}
      <ArticleEditor
        key={article.version}
        articleId={article.id}
        version={article.version}
        initial={article.snapshot}
        tagNames={article.tagNames}
        scheduledAtLocal={article.scheduledAt ? dateToZonedLocal(article.scheduledAt, env.SITE_TIMEZONE) : ""}
        options={options}
        workflow={workflowChoices(actor, article)}
      />
      {article.status === "PUBLISHED" && can(actor, "article:correct") && <CorrectionForm articleId={article.id} corrections={article.corrections} />}
    </>
  );
}
