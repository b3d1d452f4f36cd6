import { Link } from "@/components/ui/link";
import type { TagLinkDTO } from "@/lib/articles/dto";
import { tagPath } from "@/lib/site/urls";

export function ArticleTags({ tags }: { tags: TagLinkDTO[] }) {
  if (tags.length === 0) return null;
  return (
    <nav className="tags" aria-label="Tags">
      <ul role="list">
        {tags.map((t) => (
          <li key={t.slug}>
            <Link href={tagPath(t.slug)} rel="tag">
              {t.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
