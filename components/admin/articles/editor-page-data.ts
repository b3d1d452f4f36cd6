import "server-only";
import { listEditorOptions } from "@/lib/articles/admin-queries";
import { can, canMoveArticle, type Actor, type ArticleStatus } from "@/lib/auth/permissions";
import { listMediaOptions } from "@/lib/media/queries";
import type { EditorOptions } from "@/components/admin/articles/article-editor";
import type { WorkflowChoices } from "@/components/admin/articles/workflow-buttons";

export async function loadEditorOptions(actor: Actor): Promise<EditorOptions> {
  const [{ sections, authors }, media] = await Promise.all([listEditorOptions(actor), listMediaOptions()]);
  return { sections, authors, media };
}

/** Which buttons the editor shows, from the policy (the actions check again on the server). */
export function workflowChoices(actor: Actor, article: { status: ArticleStatus; createdById: string | null }): WorkflowChoices {
  return {
    status: article.status,
    canPublish: canMoveArticle(actor, { ...article, status: article.status === "PUBLISHED" ? "DRAFT" : article.status }, "PUBLISHED"),
    canApprove: can(actor, "article:approve-revision"),
    canSubmit: canMoveArticle(actor, article, "IN_REVIEW"),
    canUnpublish: article.status === "PUBLISHED" && canMoveArticle(actor, article, "ARCHIVED"),
  };
}
