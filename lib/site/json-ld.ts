/** schema.org structured data for public pages. Pure builders plus one safe serialiser. */
import type { ArticleDTO } from "@/lib/articles/dto";
import { mediaVariantUrl } from "@/lib/media/variants";
import { absoluteUrl, articlePath, authorPath } from "@/lib/site/urls";

export interface Publisher {
  name: string;
  url: string;
  logoUrl: string;
}

/** Google asks for headlines of at most 110 characters. */
export function clampHeadline(title: string, max = 110): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function newsArticleJsonLd(article: ArticleDTO, publisher: Publisher) {
  const url = absoluteUrl(articlePath(article.slug));
  const modified = article.modifiedAt ?? article.publishedAt;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    headline: clampHeadline(article.title),
    description: article.seoDescription || article.standfirst,
    image: article.hero ? [absoluteUrl(mediaVariantUrl(article.hero.key, 1280, "jpg"))] : [],
    datePublished: article.publishedAt.toISOString(),
    dateModified: modified.toISOString(),
    articleSection: article.section?.name,
    keywords: article.tags.map((t) => t.name),
    wordCount: article.wordCount,
    author: article.authors.map((a) => ({
      "@type": "Person",
      name: a.name,
      url: absoluteUrl(authorPath(a.slug)),
      jobTitle: a.jobTitle || undefined,
    })),
    publisher: {
      "@type": "NewsMediaOrganization",
      name: publisher.name,
      url: publisher.url,
      logo: { "@type": "ImageObject", url: publisher.logoUrl },
    },
    ...(article.corrections.length > 0 && {
      correction: article.corrections.map((c) => ({
        "@type": "CorrectionComment",
        text: c.body,
        datePublished: c.createdAt.toISOString(),
      })),
    }),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so that no value can
 * close the script element.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
