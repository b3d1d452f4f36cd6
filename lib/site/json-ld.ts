/** schema.org structured data for public pages. Pure builders plus one safe serialiser. */
import type { ArticleDTO, AuthorBoxDTO } from "@/lib/articles/dto";
import { mediaVariantUrl } from "@/lib/media/variants";
import { absoluteUrl, articlePath, authorPath, sectionPath } from "@/lib/site/urls";

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
    // The page's breadcrumb trail rides on the page itself, so the article keeps one script.
    mainEntityOfPage: { "@type": "WebPage", "@id": url, breadcrumb: articleBreadcrumbJsonLd(article, publisher) },
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

export interface Crumb {
  name: string;
  url: string;
}

/** A `BreadcrumbList`: the trail from the front page to this page, positions counted from 1. */
export function breadcrumbListJsonLd(trail: Crumb[]) {
  return {
    "@type": "BreadcrumbList",
    itemListElement: trail.map((crumb, i) => ({ "@type": "ListItem", position: i + 1, name: crumb.name, item: crumb.url })),
  };
}

/** Home → Section → Article (Home → Article for a story without a section). */
export function articleBreadcrumbJsonLd(article: Pick<ArticleDTO, "slug" | "title" | "section">, publisher: Pick<Publisher, "name" | "url">) {
  return breadcrumbListJsonLd([
    { name: publisher.name, url: publisher.url },
    ...(article.section ? [{ name: article.section.name, url: absoluteUrl(sectionPath(article.section.slug)) }] : []),
    { name: clampHeadline(article.title), url: absoluteUrl(articlePath(article.slug)) },
  ]);
}

/**
 * An author page: a `ProfilePage` whose `mainEntity` is the `Person`, with their photo, job,
 * bio (as plain text), profiles elsewhere (`sameAs`) and the organisations they belong to.
 */
export function profilePageJsonLd(author: AuthorBoxDTO) {
  const url = absoluteUrl(authorPath(author.slug));
  const description = plainTextFromHtml(author.bioHtml);
  const organisations = new Map(author.affiliations.map((a) => [a.organisation, a.url]));
  return {
    "@context": "https://schema.org",
    "@type": "ProfilePage",
    url,
    mainEntity: {
      "@type": "Person",
      name: author.name,
      url,
      image: author.photo ? absoluteUrl(mediaVariantUrl(author.photo.key, 640, "jpg")) : undefined,
      jobTitle: author.jobTitle || undefined,
      description: description || undefined,
      sameAs: author.links.length > 0 ? author.links.map((l) => l.url) : undefined,
      affiliation:
        organisations.size > 0
          ? [...organisations].map(([name, orgUrl]) => ({ "@type": "Organization", name, url: orgUrl ?? undefined }))
          : undefined,
    },
  };
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/**
 * The text of a fragment of our own sanitised HTML (an author's bio): tags dropped, entities
 * decoded, whitespace collapsed, paragraphs joined by a space.
 */
export function plainTextFromHtml(html: string): string {
  return html
    .replace(/<\/(p|li|h[1-6]|blockquote|figcaption|td|th)>|<br\s*\/?>/gi, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
      if (code[0] !== "#") return ENTITIES[code.toLowerCase()] ?? entity;
      const point = code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : entity;
    })
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so that no value can
 * close the script element.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
