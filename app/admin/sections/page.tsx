import Link from "next/link";
import { Notice } from "@/components/admin/taxonomy/notice";
import { TaxonomyForm } from "@/components/admin/taxonomy/taxonomy-form";
import { requireActor } from "@/lib/auth/session";
import { saveSectionAction } from "@/lib/sections/actions";
import { listSectionsForAdmin } from "@/lib/sections/admin-queries";
import { sectionPath } from "@/lib/site/urls";
import "../catalogue.css";

export const metadata = { title: "Sections" };

export default async function SectionsPage({ searchParams }: PageProps<"/admin/sections">) {
  const actor = await requireActor("section:manage", "/admin/sections");
  const [sections, params] = await Promise.all([listSectionsForAdmin(actor), searchParams]);
  return (
    <>
      <h1>Sections</h1>
      <Notice when={params.deleted}>The section was deleted.</Notice>
      {sections.length === 0 ? (
        <p className="empty">No sections yet.</p>
      ) : (
        <table className="admin-table admin-table--cards">
          <caption className="visually-hidden">Sections in the order of the site header</caption>
          <thead>
            <tr>
              <th scope="col">Position</th>
              <th scope="col">Name</th>
              <th scope="col">Description</th>
              <th scope="col">Articles</th>
            </tr>
          </thead>
          <tbody>
            {sections.map((s) => (
              <tr key={s.id}>
                <td data-label="Position">{s.position}</td>
                <td>
                  <Link href={`/admin/sections/${s.id}`}>{s.name}</Link>
                  <br />
                  <a className="hint" href={sectionPath(s.slug)}>
                    {sectionPath(s.slug)}
                  </a>
                </td>
                <td data-label="Description">{s.description}</td>
                <td data-label="Articles">{s.articleCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section aria-labelledby="new-section" className="catalogue-panel">
        <h2 id="new-section">New section</h2>
        <TaxonomyForm
          action={saveSectionAction}
          noun="section"
          nameMaxLength={80}
          initial={{ id: "", name: "", slug: "", description: "", position: "" }}
          submitLabel="Create section"
        />
      </section>
    </>
  );
}
