import { ArticleEditor } from "@/components/admin/articles/article-editor";
import { loadEditorOptions, workflowChoices } from "@/lib/articles/editor-page-data";
import { snapshotMetaSchema } from "@/lib/articles/snapshot";
import { requireActor } from "@/lib/auth/session";

export const metadata = { title: "New article" };

export default async function NewArticlePage() {
  const actor = await requireActor("article:create", "/admin/articles/new");
  const options = await loadEditorOptions(actor);
  const initial = { title: "", slug: "", standfirst: "", body: "", ...snapshotMetaSchema.parse({}) };
  return (
    <>
      <h1>New article</h1>
      <ArticleEditor
        articleId={null}
        version={0}
        initial={initial}
        tagNames={[]}
        scheduledAtLocal=""
        options={options}
        workflow={workflowChoices(actor, { status: "DRAFT", createdById: actor.id })}
      />
    </>
  );
}
