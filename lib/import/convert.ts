/**
 * The last pure step before writing: each imported post's body as Masthead Markdown, with its
 * images pointing at the media library and its links to the old site pointing at the new
 * addresses, and the fields the editor's save derives from it (lib/markdown).
 */
import type { ImportPlan } from "@/lib/import/plan";
import { htmlToMarkdown, type BodyRewrites } from "@/lib/import/html-to-markdown";
import { normaliseLegacyPath, pathInSite } from "@/lib/import/legacy-paths";
import { renderArticleBody, type RenderedBody } from "@/lib/markdown/render-article-body";
import { articlePath, authorPath, sectionPath, tagPath } from "@/lib/site/urls";

export interface ConvertedBody extends Omit<RenderedBody, "excerpt"> {
  markdown: string;
}

/** Rewrites shared by every body of one import: uploads → `/media/<key>`, old addresses → new ones. */
export function bodyRewrites(plan: ImportPlan, mediaKeys: ReadonlyMap<string, string>): BodyRewrites {
  const slugOf = new Map<string, string>();
  for (const p of plan.posts) if (p.targetId && p.action !== "skip") slugOf.set(p.targetId, articlePath(p.slug));
  for (const t of plan.sections) slugOf.set(t.targetId, sectionPath(t.slug));
  for (const t of plan.tags) slugOf.set(t.targetId, tagPath(t.slug));
  for (const a of plan.authors) slugOf.set(a.targetId, authorPath(a.slug));
  const newPath = new Map<string, string>();
  for (const l of plan.legacyPaths) {
    const to = slugOf.get(l.targetId);
    if (to) newPath.set(l.path, to);
  }
  return {
    image: (src) => {
      const path = plan.site.imagePath(src);
      const key = path === null ? undefined : mediaKeys.get(path);
      return key ? `/media/${key}` : null;
    },
    link: (href) => {
      const old = pathInSite(href, plan.site.origins);
      if (old === null) return href;
      const hash = href.includes("#") ? href.slice(href.indexOf("#")) : "";
      const target = newPath.get(old);
      if (target) return `${target}${hash}`;
      // Another address of the old site: relative, so the old-address redirects still answer it.
      const relative = href.slice(plan.site.origins.find((o) => href.startsWith(o))!.length) || "/";
      return normaliseLegacyPath(relative) === null ? href : relative.startsWith("/") ? relative : `/${relative}`;
    },
  };
}

export function convertBody(html: string, rewrites: BodyRewrites): ConvertedBody {
  const markdown = html.trim() ? htmlToMarkdown(html, rewrites) : "";
  const { excerpt: _excerpt, ...rendered } = renderArticleBody(markdown);
  return { markdown, ...rendered };
}
