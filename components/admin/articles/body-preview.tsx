"use client";

import { useDeferredValue, useMemo } from "react";
import { renderArticleBody } from "@/lib/markdown/render-article-body";

/** The body exactly as the public page renders it: the same pipeline, the same `.prose` styles. */
export function BodyPreview({ markdown }: { markdown: string }) {
  const deferred = useDeferredValue(markdown);
  const rendered = useMemo(() => renderArticleBody(deferred), [deferred]);
  return (
    <section className="editor-preview" aria-labelledby="preview-heading" aria-live="off">
      <h2 id="preview-heading">Preview</h2>
      <p className="hint">
        {rendered.wordCount} words · {rendered.readingMinutes} min read
      </p>
      {/* Sanitised by the same pipeline that renders the public page. */}
      <div className="prose" dangerouslySetInnerHTML={{ __html: rendered.html }} />
    </section>
  );
}
