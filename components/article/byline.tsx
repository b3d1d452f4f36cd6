import { Link } from "@/components/ui/link";
import type { BylineDTO } from "@/lib/articles/dto";
import { authorPath } from "@/lib/site/urls";

/** "By A, B and C", every name linked to its author page. */
export function Byline({ authors }: { authors: BylineDTO[] }) {
  if (authors.length === 0) return null;
  return (
    <span className="byline">
      By{" "}
      {authors.map((a, i) => (
        <span key={a.slug}>
          {i > 0 && (i === authors.length - 1 ? " and " : ", ")}
          <Link href={authorPath(a.slug)} rel="author">
            {a.name}
          </Link>
        </span>
      ))}
    </span>
  );
}
