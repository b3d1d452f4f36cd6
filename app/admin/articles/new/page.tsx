import { ArticleEditor } from "@/components/admin/articles/article-editor";
import { AutosaveOffer } from "@/components/admin/articles/autosave-offer";
import { getOwnBylineId } from "@/lib/articles/admin-queries";
import { loadEditorOptions, workflowChoices } from "@/lib/articles/editor-page-data";
import { snapshotMetaSchema } from "@/lib/articles/snapshot";
import { getOwnAutosave } from "@/lib/autosave/queries";
import { editorStartFromAutosave, type EditorStart } from "@/lib/autosave/restore";
import { requireActor } from "@/lib/auth/session";

export const metadata = { title: "New article" };

export default async function NewArticlePage({ searchParams }: PageProps<"/admin/articles/new">) {
  const actor = await requireActor("article:create", "/admin/articles/new");
  const [options, bylineId, autosave, { autosave: wanted }] = await Promise.all([loadEditorOptions(actor), getOwnBylineId(actor), getOwnAutosave(actor, null), searchParams]);
  const restored = Boolean(autosave) && wanted === "restore";
  // A new article is signed by whoever starts it, when they have an author profile.
  const blank: EditorStart = { initial: { title: "", slug: "", standfirst: "", body: "", ...snapshotMetaSchema.parse({ authorIds: bylineId ? [bylineId] : [] }) }, tagNames: [], scheduledAtLocal: "" };
  const start = restored && autosave ? editorStartFromAutosave(autosave.fields) : blank;
  return (
    <>
      <h1>New article</h1>
      {autosave && <AutosaveOffer articleId={null} savedAt={autosave.savedAt} restored={restored} outdated={false} />}
      <ArticleEditor
        key={restored ? "autosave" : "blank"}
        articleId={null}
        version={0}
        {...start}
        options={options}
        workflow={workflowChoices(actor, { status: "DRAFT", createdById: actor.id })}
        restored={restored}
      />
    </>
  );
}
