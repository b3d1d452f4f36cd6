import { Link } from "@/components/ui/link";
import type { AuthorBoxDTO } from "@/lib/articles/dto";
import { ResponsiveImage } from "@/components/ui/responsive-image";
import { AuthorAffiliations, AuthorLinks } from "@/components/author/author-links";
import { authorPath } from "@/lib/site/urls";

/** The "about the author" box under an article. */
export function AuthorBox({ author }: { author: AuthorBoxDTO }) {
  return (
    <section className="author-box" aria-label={`About ${author.name}`}>
      {author.photo && <ResponsiveImage image={author.photo} className="author-box__photo" sizes="6rem" fallbackWidth={320} />}
      <div>
        <h2 className="author-box__name">
          <Link href={authorPath(author.slug)}>{author.name}</Link>
        </h2>
        {author.jobTitle && <p className="author-box__job">{author.jobTitle}</p>}
        <AuthorAffiliations affiliations={author.affiliations} />
        <div className="author-box__bio prose prose--small" dangerouslySetInnerHTML={{ __html: author.bioHtml }} />
        <AuthorLinks links={author.links} name={author.name} />
      </div>
    </section>
  );
}
