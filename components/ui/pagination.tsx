import { Link } from "@/components/ui/link";
import { pagePath } from "@/lib/site/urls";

interface PaginationProps {
  basePath: string;
  page: number;
  totalPages: number;
  /** Query parameters of the list itself (e.g. the search words), kept on every page link. */
  query?: Record<string, string>;
  /** Link texts; lists in date order keep the default "Newer" / "Older" stories. */
  labels?: { previous: string; next: string };
}

const DATE_ORDER_LABELS = { previous: "← Newer stories", next: "Older stories →" };

/** Previous/next links and the position, for any paginated list. */
export function Pagination({ basePath, page, totalPages, query, labels = DATE_ORDER_LABELS }: PaginationProps) {
  if (totalPages <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pagination">
      {page > 1 ? (
        <Link href={pagePath(basePath, page - 1, query)} rel="prev">
          {labels.previous}
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span className="pagination__position">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={pagePath(basePath, page + 1, query)} rel="next">
          {labels.next}
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}
