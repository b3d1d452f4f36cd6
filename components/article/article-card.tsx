import { Link } from "@/components/ui/link";
import type { ArticleCardDTO } from "@/lib/articles/dto";
import { ResponsiveImage } from "@/components/ui/responsive-image";
import { DateTime } from "@/components/ui/date-time";
import { headline } from "@/lib/site/headline";
import { articlePath, sectionPath } from "@/lib/site/urls";

interface ArticleCardProps {
  article: ArticleCardDTO;
  /** The lead story is drawn large, with its image loaded first. */
  variant?: "lead" | "standard" | "compact";
  headingLevel?: 2 | 3;
}

export function ArticleCard({ article, variant = "standard", headingLevel = 3 }: ArticleCardProps) {
  const Heading = `h${headingLevel}` as const;
  const showImage = variant !== "compact" && article.hero;
  return (
    <article className={`card card--${variant}`}>
      {showImage && article.hero && (
        <ResponsiveImage
          image={article.hero}
          className="card__image"
          sizes={variant === "lead" ? "(min-width: 64rem) 40rem, 100vw" : "(min-width: 64rem) 20rem, (min-width: 40rem) 50vw, 100vw"}
          fallbackWidth={variant === "lead" ? 960 : 640}
          priority={variant === "lead"}
        />
      )}
      <div className="card__text">
        {article.section && variant !== "compact" && (
          <Link className="card__section" href={sectionPath(article.section.slug)}>
            {article.section.name}
          </Link>
        )}
        <Heading className="card__title">
          <Link href={articlePath(article.slug)}>{headline(article.title)}</Link>
        </Heading>
        {variant !== "compact" && <p className="card__standfirst">{article.standfirst}</p>}
        <p className="card__meta">
          <DateTime date={article.publishedAt} withTime={false} />
          {article.authors.length > 0 && <span> · {article.authors.map((a) => a.name).join(", ")}</span>}
          <span>
            {" "}
            · {article.commentCount} {article.commentCount === 1 ? "comment" : "comments"}
          </span>
        </p>
      </div>
    </article>
  );
}
