import Link from "next/link";
import { Notice } from "@/components/admin/taxonomy/notice";
import { TaxonomyForm } from "@/components/admin/taxonomy/taxonomy-form";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/session";
import { parsePageParam } from "@/lib/site/pagination";
import { tagPath } from "@/lib/site/urls";
import { saveTagAction } from "@/lib/tags/actions";
import { listTagsForAdmin } from "@/lib/tags/admin-queries";
import { TAG_NAME_MAX_LENGTH } from "@/lib/tags/schemas";
import "../catalogue.css";

export const metadata = { title: "Tags" };

export default async function TagsPage({ searchParams }: PageProps<"/admin/tags">) {
  const actor = await requireActor("tag:manage", "/admin/tags");
  const params = await searchParams;
  const tags = await listTagsForAdmin(actor, parsePageParam(params.page));
  return (
    <>
      <h1>Tags</h1>
      <Notice when={params.deleted}>The tag was deleted.</Notice>
      {tags.items.length === 0 ? (
        <p className="empty">No tags yet.</p>
      ) : (
        <table className="admin-table admin-table--cards">
          <caption className="visually-hidden">Tags in alphabetical order, with the number of articles carrying each</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Description</th>
              <th scope="col">Articles</th>
            </tr>
          </thead>
          <tbody>
            {tags.items.map((t) => (
              <tr key={t.id}>
                <td>
                  <Link href={`/admin/tags/${t.id}`}>{t.name}</Link>
                  <br />
                  <a className="hint" href={tagPath(t.slug)}>
                    {tagPath(t.slug)}
                  </a>
                </td>
                <td data-label="Description">{t.description}</td>
                <td data-label="Articles">{t.articleCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination basePath="/admin/tags" page={tags.page} totalPages={tags.totalPages} labels={{ previous: "← Previous", next: "Next →" }} />
      <section aria-labelledby="new-tag" className="catalogue-panel">
        <h2 id="new-tag">New tag</h2>
        <TaxonomyForm action={saveTagAction} noun="tag" nameMaxLength={TAG_NAME_MAX_LENGTH} initial={{ id: "", name: "", slug: "", description: "" }} submitLabel="Create tag" />
      </section>
    </>
  );
}
