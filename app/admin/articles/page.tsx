import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { DateTime } from "@/components/ui/date-time";
import { ADMIN_PAGE_SIZE, listAdminArticles, listEditorOptions } from "@/lib/articles/admin-queries";
import { can, type ArticleStatus } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { parsePageParam, pageCount } from "@/lib/site/pagination";
import { noticeText } from "@/lib/articles/notices";

export const metadata = { title: "Articles" };

const STATUSES: ArticleStatus[] = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "ARCHIVED"];
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.slice(0, 200) : "");

export default async function AdminArticlesPage({ searchParams }: PageProps<"/admin/articles">) {
  const actor = await requireActor("admin:access", "/admin/articles");
  const params = await searchParams;
  const status = STATUSES.find((s) => s === one(params.status));
  const filters = { status, sectionId: one(params.section) || undefined, authorId: one(params.author) || undefined, q: one(params.q) || undefined, page: parsePageParam(params.page) };
  const [{ rows, total }, options] = await Promise.all([listAdminArticles(actor, filters), listEditorOptions(actor)]);
  const message = noticeText(params.notice);
  const query = Object.fromEntries(Object.entries({ status: status ?? "", section: filters.sectionId ?? "", author: filters.authorId ?? "", q: filters.q ?? "" }).filter(([, v]) => v));
  return (
    <>
      <h1>Articles</h1>
      {message && (
        <p className="admin-notice" role="status">
          {message}
        </p>
      )}
      {can(actor, "article:create") && (
        <p>
          <Link className="button" href="/admin/articles/new">
            New article
          </Link>
        </p>
      )}
      <form className="admin-filters" method="get" role="search" aria-label="Filter articles">
        <label>
          Title contains
          <input name="q" defaultValue={filters.q ?? ""} />
        </label>
        <label>
          Status
          <select name="status" defaultValue={status ?? ""}>
            <option value="">Any</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s.replace("_", " ").toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <label>
          Section
          <select name="section" defaultValue={filters.sectionId ?? ""}>
            <option value="">Any</option>
            {options.sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Author
          <select name="author" defaultValue={filters.authorId ?? ""}>
            <option value="">Any</option>
            {options.authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <button className="button button--secondary" type="submit">
          Filter
        </button>
      </form>
      <p>{total} articles</p>
      <table className="admin-table admin-table--cards">
        <thead>
          <tr>
            <th scope="col">Headline</th>
            <th scope="col">Status</th>
            <th scope="col">Section</th>
            <th scope="col">Authors</th>
            <th scope="col">Updated</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <Link href={`/admin/articles/${r.id}`}>{r.title}</Link>
                {r.hasPendingChange && <span className="status status--in_review"> change pending</span>}
              </td>
              <td data-label="Status">
                <span className={`status status--${r.status.toLowerCase()}`}>{r.status.replace("_", " ").toLowerCase()}</span>
                {r.scheduledAt && (
                  <>
                    {" "}
                    <DateTime date={r.scheduledAt} />
                  </>
                )}
              </td>
              <td data-label="Section">{r.section ?? "—"}</td>
              <td data-label="Authors">{r.authors.join(", ") || "—"}</td>
              <td data-label="Updated">
                <DateTime date={r.updatedAt} withTime={false} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination basePath="/admin/articles" page={filters.page} totalPages={pageCount(total, ADMIN_PAGE_SIZE)} query={query} />
    </>
  );
}
