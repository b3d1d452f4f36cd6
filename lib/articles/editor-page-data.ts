/** What the article editor's pages (new and edit) hand the editor: its choices and its buttons. */
import "server-only";
import { listEditorOptions } from "@/lib/articles/admin-queries";
import { can, canMoveArticle, type Actor, type ArticleStatus } from "@/lib/auth/permissions";
import { listMediaOptions, type MediaOptionDTO } from "@/lib/media/queries";

/** The editor's choices: sections, authors, images, and whether naming a new tag creates it. */
export interface EditorOptions {
  sections: { id: string; name: string }[];
  authors: { id: string; name: string }[];
  media: MediaOptionDTO[];
  /** Editors create a tag by naming it; contributors choose from the tags that exist. */
  canCreateTags: boolean;
}

/** Which workflow buttons the editor shows. */
export interface WorkflowChoices {
  status: ArticleStatus;
  canPublish: boolean;
  canApprove: boolean;
  canSubmit: boolean;
  canUnpublish: boolean;
}

export async function loadEditorOptions(actor: Actor): Promise<EditorOptions> {
  const [{ sections, authors }, media] = await Promise.all([listEditorOptions(actor), listMediaOptions()]);
  return { sections, authors, media, canCreateTags: can(actor, "tag:manage") };
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
