import { ArticleBody } from "@/components/article/article-body";
import { ArticleHeader } from "@/components/article/article-header";
import { ArticleHero } from "@/components/article/article-hero";
import { ArticleTags } from "@/components/article/article-tags";
import { Corrections } from "@/components/article/corrections";
import { RelatedArticles } from "@/components/article/related-articles";
import { AuthorBox } from "@/components/author/author-box";
import { CommentsIsland } from "@/components/comments/comments-island";
import { CommentsView } from "@/components/comments/comments-view";
import { MissingPage, notFoundMetadata } from "@/components/layout/missing-page";
import { JsonLd } from "@/components/ui/json-ld";
import { getPublishedArticle, listRelatedArticles } from "@/lib/articles/queries";
import { listPublicComments } from "@/lib/comments/queries";
import { toThreadViews } from "@/lib/comments/view";
import { newsArticleJsonLd } from "@/lib/site/json-ld";
import { ROUTE_SHARE_IMAGE, pageMetadata, siteName } from "@/lib/site/metadata";
import { resolveBySlug } from "@/lib/site/resolve";
import { absoluteUrl, articleDiscussionPath, articlePath } from "@/lib/site/urls";

type Props = PageProps<"/articles/[slug]">;

const loadArticle = async (slug: string) => resolveBySlug("ARTICLE", slug, getPublishedArticle, articlePath);

export async function generateMetadata({ params }: Props) {
  const article = await loadArticle((await params).slug);
  if (!article) return notFoundMetadata;
  return pageMetadata({
    title: article.seoTitle || article.title,
    description: article.seoDescription || article.standfirst,
    path: articlePath(article.slug),
    type: "article",
    // The share card from ./opengraph-image.tsx (headline, section, site name) is the only image.
    image: ROUTE_SHARE_IMAGE,
    article: {
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: (article.modifiedAt ?? article.publishedAt).toISOString(),
      authors: article.authors.map((a) => absoluteUrl(`/authors/${a.slug}`)),
      section: article.section?.name,
      tags: article.tags.map((t) => t.name),
    },
  });
}

// Rendered on a story's first visit, then served from the cache until a change to anything it
// shows invalidates one of its tags (lib/cache/tags.ts).
export function generateStaticParams() {
  return [];
}

export default async function ArticlePage({ params }: Props) {
  const article = await loadArticle((await params).slug);
  if (!article) return <MissingPage />;
  const [related, threads] = await Promise.all([listRelatedArticles(article), listPublicComments(article.id)]);
  const discussionPath = articleDiscussionPath(article.slug);
  const signInHref = `/signin?callbackUrl=${encodeURIComponent(discussionPath)}`;
  const commentsArticle = { id: article.id, slug: article.slug, commentsOpen: article.commentsOpen, commentCount: article.commentCount };
  const jsonLd = newsArticleJsonLd(article, { name: siteName(), url: absoluteUrl("/"), logoUrl: absoluteUrl("/logo.png") });
  return (
    <article className="article">
      <JsonLd data={jsonLd} />
      <ArticleHeader article={article} />
      {article.hero && <ArticleHero hero={article.hero} />}
      <ArticleBody html={article.bodyHtml} />
      <Corrections corrections={article.corrections} />
      <ArticleTags tags={article.tags} />
      <aside aria-label={article.authors.length === 1 ? "About the author" : "About the authors"}>
        {article.authors.map((a) => (
          <AuthorBox key={a.slug} author={a} />
        ))}
      </aside>
      <RelatedArticles articles={related} />
      <CommentsIsland article={commentsArticle} discussionPath={discussionPath} signInHref={signInHref}>
        <CommentsView
          article={commentsArticle}
          threads={toThreadViews(threads)}
          viewer={null}
          discussionPath={discussionPath}
          signInHref={signInHref}
          sort="oldest"
          replyTo={null}
          editing={null}
        />
      </CommentsIsland>
    </article>
  );
}
