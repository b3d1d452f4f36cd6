import type { ArticleCardDTO } from "@/lib/articles/dto";
import { ArticleCard } from "@/components/article/article-card";

export function ArticleList({ articles, emptyText = "No stories yet." }: { articles: ArticleCardDTO[]; emptyText?: string }) {
  if (articles.length === 0) return <p className="empty">{emptyText}</p>;
  return (
    <ul className="article-list" role="list">
      {articles.map((a) => (
        <li key={a.id}>
          <ArticleCard article={a} />
        </li>
      ))}
    </ul>
  );
}
