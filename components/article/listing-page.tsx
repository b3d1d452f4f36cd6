import type { ArticleCardDTO, Page } from "@/lib/articles/dto";
import { ArticleList } from "@/components/article/article-list";
import { Pagination } from "@/components/ui/pagination";

interface ListingPageProps {
  kicker: string;
  title: string;
  description: string;
  basePath: string;
  articles: Page<ArticleCardDTO>;
}

/** A section or tag page: heading, description, the page of stories and pagination. */
export function ListingPage({ kicker, title, description, basePath, articles }: ListingPageProps) {
  return (
    <div className="listing">
      <header className="listing__header">
        <p className="card__section">{kicker}</p>
        <h1>{title}</h1>
        {description && <p>{description}</p>}
      </header>
      <ArticleList articles={articles.items} headingLevel={2} />
      <Pagination basePath={basePath} page={articles.page} totalPages={articles.totalPages} />
    </div>
  );
}
