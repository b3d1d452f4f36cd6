import { Link } from "@/components/ui/link";
import { DateTime } from "@/components/ui/date-time";
import { listCorrections } from "@/lib/articles/queries";
import { headline } from "@/lib/site/headline";
import { pageMetadata } from "@/lib/site/metadata";
import { articlePath } from "@/lib/site/urls";

export function generateMetadata() {
  return pageMetadata({ title: "Corrections", description: "Every correction we have made to a published story, newest first.", path: "/corrections" });
}

export default async function CorrectionsPage() {
  const corrections = await listCorrections();
  return (
    <div className="listing">
      <header className="listing__header">
        <h1>Corrections</h1>
        <p>When we get something wrong in a published story, we fix it and say so. Every correction is listed here, newest first.</p>
      </header>
      {corrections.length === 0 ? (
        <p className="empty">No corrections yet.</p>
      ) : (
        <ol className="corrections-list" role="list">
          {corrections.map((c) => (
            <li key={c.id}>
              <p>
                <DateTime date={c.createdAt} withTime={false} /> ·{" "}
                <Link href={`${articlePath(c.article.slug)}#corrections-heading`}>{headline(c.article.title)}</Link>
              </p>
              <p>{c.body}</p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
