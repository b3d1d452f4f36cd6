import { ArticleBody } from "@/components/article/article-body";
import { ArticleHeader } from "@/components/article/article-header";
import { ArticleHero } from "@/components/article/article-hero";
import { ArticleTags } from "@/components/article/article-tags";
import { Corrections } from "@/components/article/corrections";
import { RelatedArticles } from "@/components/article/related-articles";
import { AuthorBox } from "@/components/author/author-box";
import { CommentsSection } from "@/components/comments/comments-section";
import { JsonLd } from "@/components/ui/json-ld";
import { getPublishedArticle, listRelatedArticles } from "@/lib/articles/queries";
import { getCurrentUser } from "@/lib/auth/session";
import { parseCommentSort } from "@/lib/comments/sort";
import { listPublicComments } from "@/lib/comments/queries";
import { newsArticleJsonLd } from "@/lib/site/json-ld";
import { ROUTE_SHARE_IMAGE, pageMetadata, siteName } from "@/lib/site/metadata";
import { resolveBySlug } from "@/lib/site/resolve";
import { absoluteUrl, articlePath } from "@/lib/site/urls";

type Props = PageProps<"/articles/[slug]">;

const loadArticle = async (slug: string) => resolveBySlug("ARTICLE", slug, getPublishedArticle, articlePath);

export async function generateMetadata({ params }: Props) {
  const article = await loadArticle((await params).slug);
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

const idParam = (value: string | string[] | undefined) => (typeof value === "string" && /^[a-z0-9]{1,40}$/i.test(value) ? value : null);

export default async function ArticlePage({ params, searchParams }: Props) {
  const [article, query, user] = await Promise.all([loadArticle((await params).slug), searchParams, getCurrentUser()]);
  const sort = parseCommentSort(query.comments);
  const [related, threads] = await Promise.all([listRelatedArticles(article.id), listPublicComments(article.id, user?.id ?? null, sort)]);
  const viewer = user && { banned: user.banned, notifyReplies: user.notifyReplies };
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
      <CommentsSection
        article={article}
        threads={threads}
        viewer={viewer}
        sort={sort}
        replyTo={idParam(query.reply)}
        editing={idParam(query.edit)}
      />
    </article>
  );
}
