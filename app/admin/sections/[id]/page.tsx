import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteForm } from "@/components/admin/taxonomy/delete-form";
import { TaxonomyForm } from "@/components/admin/taxonomy/taxonomy-form";
import { requireActor } from "@/lib/auth/session";
import { deleteSectionAction, saveSectionAction } from "@/lib/sections/actions";
import { getSectionForEdit } from "@/lib/sections/admin-queries";
import { sectionPath } from "@/lib/site/urls";
import "../../catalogue.css";
import { isId } from "@/lib/forms";

export const metadata = { title: "Edit section" };

export default async function EditSectionPage({ params }: PageProps<"/admin/sections/[id]">) {
  const { id } = await params;
  const actor = await requireActor("section:manage", `/admin/sections/${id}`);
  if (!isId(id)) notFound();
  const section = await getSectionForEdit(actor, id);
  if (!section) notFound();
  return (
    <>
      <p>
        <Link href="/admin/sections">← Sections</Link>
      </p>
      <h1>{section.name}</h1>
      <p>
        <Link href={sectionPath(section.slug)}>View the public page</Link> · {section.articleCount}{" "}
        {section.articleCount === 1 ? "article" : "articles"}
      </p>
      <TaxonomyForm
        action={saveSectionAction}
        noun="section"
        nameMaxLength={80}
        initial={{ id: section.id, name: section.name, slug: section.slug, description: section.description, position: String(section.position) }}
        submitLabel="Save section"
      />
      <DeleteForm
        action={deleteSectionAction}
        id={section.id}
        label="Delete this section"
        explanation="The section and its old addresses are removed for good. A section that still holds articles (drafts included) cannot be deleted."
      />
    </>
  );
}
