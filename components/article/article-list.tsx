import type { ArticleCardDTO } from "@/lib/articles/dto";
import { ArticleCard } from "@/components/article/article-card";

interface ArticleListProps {
  articles: ArticleCardDTO[];
  emptyText?: string;
  /** The level of each story's headline: one below the heading the list sits under. */
  headingLevel?: 2 | 3;
}

export function ArticleList({ articles, emptyText = "No stories yet.", headingLevel = 3 }: ArticleListProps) {
  if (articles.length === 0) return <p className="empty">{emptyText}</p>;
  return (
    <ul className="article-list" role="list">
      {articles.map((a) => (
        <li key={a.id}>
          <ArticleCard article={a} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
