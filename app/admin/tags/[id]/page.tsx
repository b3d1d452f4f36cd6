import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteForm } from "@/components/admin/taxonomy/delete-form";
import { TaxonomyForm } from "@/components/admin/taxonomy/taxonomy-form";
import { requireActor } from "@/lib/auth/session";
import { tagPath } from "@/lib/site/urls";
import { deleteTagAction, saveTagAction } from "@/lib/tags/actions";
import { getTagForEdit } from "@/lib/tags/admin-queries";
import { TAG_NAME_MAX_LENGTH } from "@/lib/tags/schemas";
import "../../catalogue.css";
import { isId } from "@/lib/forms";

export const metadata = { title: "Edit tag" };

export default async function EditTagPage({ params }: PageProps<"/admin/tags/[id]">) {
  const { id } = await params;
  const actor = await requireActor("tag:manage", `/admin/tags/${id}`);
  if (!isId(id)) notFound();
  const tag = await getTagForEdit(actor, id);
  if (!tag) notFound();
  return (
    <>
      <p>
        <Link href="/admin/tags">← Tags</Link>
      </p>
      <h1>{tag.name}</h1>
      <p>
        <Link href={tagPath(tag.slug)}>View the public page</Link> · on {tag.articleCount} {tag.articleCount === 1 ? "article" : "articles"}
      </p>
      <TaxonomyForm
        action={saveTagAction}
        noun="tag"
        nameMaxLength={TAG_NAME_MAX_LENGTH}
        initial={{ id: tag.id, name: tag.name, slug: tag.slug, description: tag.description }}
        submitLabel="Save tag"
      />
      <DeleteForm
        action={deleteTagAction}
        id={tag.id}
        label="Delete this tag"
        explanation="The tag and its old addresses are removed for good. A tag still on any article (drafts included) cannot be deleted."
      />
    </>
  );
}
