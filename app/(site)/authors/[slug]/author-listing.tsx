/** An author's profile and stories, page by page (the routes: components/article/listing-routes.tsx). */
import { ArticleList } from "@/components/article/article-list";
import { listingRoutes } from "@/components/article/listing-routes";
import { AuthorAffiliations, AuthorLinks } from "@/components/author/author-links";
import { JsonLd } from "@/components/ui/json-ld";
import { Pagination } from "@/components/ui/pagination";
import { ResponsiveImage } from "@/components/ui/responsive-image";
import type { ArticleCardDTO, Page } from "@/lib/articles/dto";
import { listAuthorArticles } from "@/lib/articles/queries";
import { getAuthorProfile, type AuthorProfileDTO } from "@/lib/authors/queries";
import { authorFeedChannel, feedLink } from "@/lib/feeds/channels";
import { mediaVariantUrl } from "@/lib/media/variants";
import { plainTextFromHtml, profilePageJsonLd } from "@/lib/site/json-ld";
import { pageMetadata } from "@/lib/site/metadata";
import { authorPath, pagePath } from "@/lib/site/urls";
import { excerpt } from "@/lib/text/excerpt";

/** The bio's opening, or who they are when there is no bio. */
function authorDescription(author: AuthorProfileDTO): string {
  const bio = plainTextFromHtml(author.bioHtml);
  if (bio) return excerpt(bio, 160);
  return author.jobTitle ? `${author.name}, ${author.jobTitle}: profile and articles.` : `${author.name}: profile and articles.`;
}

function AuthorProfile({ author, articles }: { author: AuthorProfileDTO; articles: Page<ArticleCardDTO> }) {
  return (
    <>
      <JsonLd data={profilePageJsonLd(author)} />
      <header className="author-profile">
        {author.photo && (
          <ResponsiveImage image={author.photo} className="author-profile__photo" sizes="10rem" fallbackWidth={320} priority />
        )}
        <div>
          <h1>{author.name}</h1>
          {author.jobTitle && <p className="author-profile__job">{author.jobTitle}</p>}
          <AuthorAffiliations affiliations={author.affiliations} />
          <div className="prose prose--small" dangerouslySetInnerHTML={{ __html: author.bioHtml }} />
          <AuthorLinks links={author.links} name={author.name} />
        </div>
      </header>
      <section className="listing" aria-labelledby="author-articles">
        <h2 id="author-articles">Articles by {author.name}</h2>
        <ArticleList articles={articles.items} emptyText={`${author.name} has not published any stories yet.`} />
        <Pagination basePath={authorPath(author.slug)} page={articles.page} totalPages={articles.totalPages} />
      </section>
    </>
  );
}

export const authorListing = listingRoutes({
  kind: "AUTHOR",
  load: getAuthorProfile,
  pathOf: authorPath,
  list: listAuthorArticles,
  metadata: (author, page) =>
    pageMetadata({
      title: author.name,
      description: authorDescription(author),
      path: pagePath(authorPath(author.slug), page),
      page,
      type: "profile",
      image: author.photo && { url: mediaVariantUrl(author.photo.key, 640, "jpg"), width: 640, height: 640, alt: author.photo.alt },
      feeds: [feedLink(authorFeedChannel(author))],
    }),
  render: (author, articles) => <AuthorProfile author={author} articles={articles} />,
});
