import type { ArticleDTO } from "@/lib/articles/dto";
import { ResponsiveImage } from "@/components/ui/responsive-image";

export function ArticleHero({ hero }: { hero: NonNullable<ArticleDTO["hero"]> }) {
  return (
    <figure className="article__hero">
      <ResponsiveImage image={hero} sizes="(min-width: 48rem) 46rem, 100vw" priority />
      {(hero.caption || hero.credit) && (
        <figcaption>
          {hero.caption} {hero.credit && <span className="credit">{hero.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
