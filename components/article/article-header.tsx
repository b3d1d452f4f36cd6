import { Link } from "@/components/ui/link";
import type { ArticleDTO } from "@/lib/articles/dto";
import { Byline } from "@/components/article/byline";
import { DateTime } from "@/components/ui/date-time";
import { headline } from "@/lib/site/headline";
import { sectionPath } from "@/lib/site/urls";

/** Section, headline, standfirst, byline, dates and reading time. */
export function ArticleHeader({ article }: { article: ArticleDTO }) {
  return (
    <header className="article__header">
      {article.section && (
        <p className="article__section">
          <Link href={sectionPath(article.section.slug)}>{article.section.name}</Link>
        </p>
      )}
      <h1 className="article__title">{headline(article.title)}</h1>
      {article.standfirst && <p className="article__standfirst">{article.standfirst}</p>}
      <div className="article__meta">
        <Byline authors={article.authors} />
        <p className="article__dates">
          <span>
            Published <DateTime date={article.publishedAt} />
          </span>
          {article.modifiedAt && (
            <span>
              Updated <DateTime date={article.modifiedAt} />
            </span>
          )}
          <span>{article.readingMinutes} min read</span>
          {article.commentCount > 0 && (
            <a href="#comments">
              {article.commentCount} {article.commentCount === 1 ? "comment" : "comments"}
            </a>
          )}
        </p>
      </div>
    </header>
  );
}
