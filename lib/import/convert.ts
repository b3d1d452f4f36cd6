/**
 * The last pure step before writing: each imported post's body as Masthead Markdown, with its
 * images pointing at the media library and its links to the old site pointing at the new
 * addresses, and the fields the editor's save derives from it (lib/markdown). What the
 * rewrites need is plain data (a ConversionContext), so worker threads can share the work.
 */
import type { ImportPlan } from "@/lib/import/plan";
import { htmlToMarkdown, type BodyRewrites } from "@/lib/import/html-to-markdown";
import { imagePathOf, type ImagePathRule } from "@/lib/import/image-paths";
import { normaliseLegacyPath, pathInSite } from "@/lib/redirects/legacy-paths";
import { env } from "@/lib/env";
import { renderArticleBody, type RenderedBody } from "@/lib/markdown/render-article-body";
import { articlePath, authorPath, sectionPath, tagPath } from "@/lib/site/urls";

export interface ConvertedBody extends Omit<RenderedBody, "excerpt"> {
  markdown: string;
}

export interface ConversionContext {
  images: ImagePathRule;
  origins: string[];
  /** Old address (normalised) → new path, for every imported post, section, tag and author. */
  newPaths: [string, string][];
  /** Uploads path → media key, for every image imported now or before. */
  mediaKeys: [string, string][];
}

export function conversionContext(plan: ImportPlan, mediaKeys: ReadonlyMap<string, string>): ConversionContext {
  const pathOf = new Map<string, string>();
  for (const p of plan.posts) if (p.targetId && p.action !== "skip") pathOf.set(p.targetId, articlePath(p.slug));
  for (const t of plan.sections) pathOf.set(t.targetId, sectionPath(t.slug));
  for (const t of plan.tags) pathOf.set(t.targetId, tagPath(t.slug));
  for (const a of plan.authors) pathOf.set(a.targetId, authorPath(a.slug));
  const newPaths: [string, string][] = [];
  for (const l of plan.legacyPaths) {
    const to = pathOf.get(l.targetId);
    if (to) newPaths.push([l.path, to]);
  }
  return { images: plan.site.images, origins: plan.site.origins, newPaths, mediaKeys: [...mediaKeys] };
}

/** Rewrites shared by every body of one import: uploads → `/media/<key>`, old addresses → new ones. */
export function bodyRewrites(context: ConversionContext): BodyRewrites {
  const newPath = new Map(context.newPaths);
  const keys = new Map(context.mediaKeys);
  const originals = new Set(context.images.originals);
  return {
    image: (src) => {
      const path = imagePathOf(context.images, src, originals);
      const key = path === null ? undefined : keys.get(path);
      return key ? `/media/${key}` : null;
    },
    link: (href) => {
      const old = pathInSite(href, context.origins);
      if (old === null) return href;
      const hash = href.includes("#") ? href.slice(href.indexOf("#")) : "";
      const target = newPath.get(old);
      if (target) return `${target}${hash}`;
      // Another address of the old site: relative, so the old-address redirects still answer it.
      const relative = href.slice(context.origins.find((o) => href.startsWith(o))!.length) || "/";
      return normaliseLegacyPath(relative) === null ? href : relative.startsWith("/") ? relative : `/${relative}`;
    },
  };
}

export function convertBody(html: string, rewrites: BodyRewrites): ConvertedBody {
  const markdown = html.trim() ? htmlToMarkdown(html, rewrites) : "";
  const { excerpt: _excerpt, ...rendered } = renderArticleBody(markdown, { locale: env.SITE_LANGUAGE });
  return { markdown, ...rendered };
}
