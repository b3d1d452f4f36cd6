import Link from "next/link";
import { ResponsiveImage } from "@/components/ui/responsive-image";
import type { AuthorRowDTO } from "@/lib/authors/admin-queries";
import { authorPath } from "@/lib/site/urls";

/** Every author: photo, name, job title, linked login, how many bylines. */
export function AuthorTable({ authors }: { authors: AuthorRowDTO[] }) {
  if (authors.length === 0) return <p className="empty">No authors yet.</p>;
  return (
    <table className="admin-table admin-table--cards">
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">Photo</span>
          </th>
          <th scope="col">Name</th>
          <th scope="col">Job title</th>
          <th scope="col">Linked account</th>
          <th scope="col">Articles</th>
        </tr>
      </thead>
      <tbody>
        {authors.map((a) => (
          <tr key={a.id}>
            <td className="catalogue-thumb">{a.photo && <ResponsiveImage image={{ ...a.photo, alt: "" }} sizes="3rem" fallbackWidth={320} />}</td>
            <td>
              <Link href={`/admin/authors/${a.id}`}>{a.name}</Link>
              <br />
              <a className="hint" href={authorPath(a.slug)}>
                {authorPath(a.slug)}
              </a>
            </td>
            <td data-label="Job title">{a.jobTitle}</td>
            <td data-label="Linked account">{a.linkedUser ?? "—"}</td>
            <td data-label="Articles">{a.articleCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
