/** Page metadata (title, description, canonical, Open Graph, Twitter) built one way for every page. */
import type { Metadata } from "next";
import { env } from "@/lib/env";
import { absoluteUrl } from "@/lib/site/urls";

export interface PageMetaInput {
  title: string;
  description: string;
  path: string;
  image?: { url: string; width: number; height: number; alt: string } | null;
  type?: "website" | "article" | "profile";
  article?: { publishedTime: string; modifiedTime?: string; authors: string[]; section?: string; tags: string[] };
  /** RSS feeds to announce with `<link rel="alternate" type="application/rss+xml">`. */
  feeds?: { title: string; path: string }[];
}

export function siteName(): string {
  return env.SITE_NAME;
}

export function pageMetadata(input: PageMetaInput): Metadata {
  const url = absoluteUrl(input.path);
  const images = input.image ? [{ ...input.image, url: absoluteUrl(input.image.url) }] : undefined;
  return {
    title: input.title,
    description: input.description,
    alternates: {
      canonical: url,
      ...(input.feeds?.length && {
        types: { "application/rss+xml": input.feeds.map((f) => ({ title: f.title, url: absoluteUrl(f.path) })) },
      }),
    },
    openGraph: {
      title: input.title,
      description: input.description,
      url,
      siteName: env.SITE_NAME,
      locale: env.SITE_LANGUAGE.replace("-", "_"),
      images,
      ...(input.type === "article" && input.article
        ? { type: "article", ...input.article }
        : { type: input.type === "profile" ? "profile" : "website" }),
    },
    twitter: {
      card: images ? "summary_large_image" : "summary",
      title: input.title,
      description: input.description,
      images: images?.map((i) => ({ url: i.url, alt: i.alt })),
    },
  };
}
