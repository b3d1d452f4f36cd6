import type { ArticleCardDTO } from "@/lib/articles/dto";
import { ArticleCard } from "@/components/article/article-card";

export function RelatedArticles({ articles }: { articles: ArticleCardDTO[] }) {
  if (articles.length === 0) return null;
  return (
    <section className="related" aria-labelledby="related-heading">
      <h2 id="related-heading">Related stories</h2>
      <ul className="related__list" role="list">
        {articles.map((a) => (
          <li key={a.id}>
            <ArticleCard article={a} variant="compact" />
          </li>
        ))}
      </ul>
    </section>
  );
}
