import { CommentsView } from "@/components/comments/comments-view";
import { notFoundMetadata } from "@/components/layout/missing-page";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { idParam } from "@/lib/forms";
import { getPublishedArticle } from "@/lib/articles/queries";
import { getCurrentUser } from "@/lib/auth/session";
import { listPublicComments } from "@/lib/comments/queries";
import { parseCommentSort } from "@/lib/comments/sort";
import { toThreadViews } from "@/lib/comments/view";
import { headline } from "@/lib/site/headline";
import { pageMetadata } from "@/lib/site/metadata";
import { resolveBySlug } from "@/lib/site/resolve";
import { articleDiscussionPath, articlePath } from "@/lib/site/urls";

type Props = PageProps<"/articles/[slug]/discussion">;

/**
 * A story's comments for the reader looking, drawn per request: sorting, the reply and edit
 * forms (`?reply=`, `?edit=`) and everything the story page's island does, without JavaScript.
 */
const loadArticle = async (slug: string) => resolveBySlug("ARTICLE", slug, getPublishedArticle, articleDiscussionPath);

export async function generateMetadata({ params }: Props) {
  const article = await loadArticle((await params).slug);
  if (!article) return notFoundMetadata;
  return {
    ...pageMetadata({ title: `Comments: ${article.title}`, description: article.standfirst, path: articlePath(article.slug) }),
    robots: { index: false, follow: true },
  };
}

export default async function DiscussionPage({ params, searchParams }: Props) {
  const [article, query, user] = await Promise.all([loadArticle((await params).slug), searchParams, getCurrentUser()]);
  // Drawn per request, so a 404 cannot be drawn in the page's place (components/layout/missing-page.tsx):
  // it is thrown, and its message appears once the page's JavaScript runs.
  if (!article) notFound();
  const sort = parseCommentSort(query.comments);
  const threads = await listPublicComments(article.id, user?.id ?? null, sort);
  const discussionPath = articleDiscussionPath(article.slug);
  return (
    <div className="article discussion">
      <p className="kicker">
        <Link href={articlePath(article.slug)}>← Back to the story</Link>
      </p>
      <h1>{headline(article.title)}</h1>
      <CommentsView
        article={article}
        threads={toThreadViews(threads)}
        viewer={user && { name: user.name, banned: user.banned, notifyReplies: user.notifyReplies }}
        discussionPath={discussionPath}
        signInHref={`/signin?callbackUrl=${encodeURIComponent(discussionPath)}`}
        sort={sort}
        replyTo={idParam(query.reply)}
        editing={idParam(query.edit)}
      />
    </div>
  );
}
