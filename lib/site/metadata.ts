/** Page metadata (title, description, canonical, Open Graph, Twitter) built one way for every page. */
import type { Metadata } from "next";
import { env } from "@/lib/env";
import { absoluteUrl } from "@/lib/site/urls";

export interface PageImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/**
 * The route's own `opengraph-image.tsx` draws the share image: `images` is then left out of
 * the metadata, because Next.js only uses the file when a page sets no `openGraph.images`
 * (and no `twitter.images`) of its own.
 */
export const ROUTE_SHARE_IMAGE = "opengraph-image";

export interface PageMetaInput {
  title: string;
  description: string;
  path: string;
  /** A stored image, the route's generated share card, or none. */
  image?: PageImage | typeof ROUTE_SHARE_IMAGE | null;
  /** The front page's title is complete as it is; every other title gets "— <site name>" appended. */
  absoluteTitle?: boolean;
  /** Pages search engines should not index (search results, sign-in). Links are still followed. */
  noindex?: boolean;
  type?: "website" | "article" | "profile";
  article?: { publishedTime: string; modifiedTime?: string; authors: string[]; section?: string; tags: string[] };
  /** The page of a paginated list: from page 2 on, the title and description say which. */
  page?: number;
  /** RSS feeds to announce with `<link rel="alternate" type="application/rss+xml">`. */
  feeds?: { title: string; path: string }[];
}

export function siteName(): string {
  return env.SITE_NAME;
}

/**
 * Open Graph wants `language_TERRITORY` (en_US, lt_LT). A tag with a territory keeps it
 * ("en-GB" → en_GB); a bare language gets its most likely one from CLDR ("en" → en_US,
 * "lt" → lt_LT, "pt" → pt_BR); a language CLDR does not know gets no og:locale at all.
 */
export function openGraphLocale(languageTag: string): string | undefined {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(languageTag);
  } catch {
    return undefined;
  }
  const territory = (region: string | undefined) => (region && /^[A-Z]{2}$/.test(region) ? region : undefined);
  const region = territory(locale.region) ?? territory(new Intl.Locale(locale.language).maximize().region);
  return region ? `${locale.language}_${region}` : undefined;
}

export function pageMetadata(given: PageMetaInput): Metadata {
  const n = given.page ?? 1;
  const input = n > 1 ? { ...given, title: `${given.title} — page ${n}`, description: `${given.description} Page ${n}.` } : given;
  const url = absoluteUrl(input.path);
  const stored = input.image && input.image !== ROUTE_SHARE_IMAGE ? [{ ...input.image, url: absoluteUrl(input.image.url) }] : undefined;
  // A wide image gets the large card; a portrait (an author's photo) the small one beside the text.
  const wide = input.image === ROUTE_SHARE_IMAGE || (stored?.[0] !== undefined && stored[0].width > stored[0].height);
  const locale = openGraphLocale(env.SITE_LANGUAGE);
  return {
    title: input.absoluteTitle ? { absolute: input.title } : input.title,
    description: input.description,
    alternates: {
      canonical: url,
      ...(input.feeds?.length && {
        types: { "application/rss+xml": input.feeds.map((f) => ({ title: f.title, url: absoluteUrl(f.path) })) },
      }),
    },
    ...(input.noindex && { robots: { index: false, follow: true } }),
    openGraph: {
      title: input.title,
      description: input.description,
      url,
      siteName: env.SITE_NAME,
      ...(locale && { locale }),
      // Left out (not undefined) for the route's share card: see ROUTE_SHARE_IMAGE.
      ...(input.image !== ROUTE_SHARE_IMAGE && { images: stored }),
      ...(input.type === "article" && input.article
        ? { type: "article", ...input.article }
        : { type: input.type === "profile" ? "profile" : "website" }),
    },
    twitter: {
      card: wide ? "summary_large_image" : "summary",
      title: input.title,
      description: input.description,
      ...(input.image !== ROUTE_SHARE_IMAGE && { images: stored?.map((i) => ({ url: i.url, alt: i.alt })) }),
    },
  };
}
