/**
 * The article body. `html` was rendered from Markdown and sanitised when the article was
 * saved (lib/markdown), which is why it may be set as HTML here.
 */
export function ArticleBody({ html }: { html: string }) {
  return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}
