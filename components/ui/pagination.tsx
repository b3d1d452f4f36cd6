import Link from "next/link";
import { pagePath } from "@/lib/site/urls";

/** Previous/next links and the position, for any paginated list. */
export function Pagination({ basePath, page, totalPages }: { basePath: string; page: number; totalPages: number }) {
  if (totalPages <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pagination">
      {page > 1 ? (
        <Link href={pagePath(basePath, page - 1)} rel="prev">
          ← Newer stories
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span className="pagination__position">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={pagePath(basePath, page + 1)} rel="next">
          Older stories →
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}
