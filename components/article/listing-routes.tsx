/**
 * The routes of a paginated listing — a section's, a tag's or an author's stories. Page 1 is
 * `/<kind>/[slug]`; `?page=N` is rewritten to `/<kind>/[slug]/page/N` (next.config.js) so every page
 * can be cached. Both routes take their metadata and page from here: the thing at the slug (or a
 * redirect from a former slug, or a 404), its stories, a 404 past the last page.
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import type { ArticleCardDTO, Page } from "@/lib/articles/dto";
import type { RedirectKind } from "@/lib/redirects/queries";
import { pageFromPath } from "@/lib/site/pagination";
import { resolveBySlug } from "@/lib/site/resolve";

interface ListingSpec<T extends { id: string }> {
  kind: Exclude<RedirectKind, "ARTICLE">;
  /** The public loader by slug (it tags the page with the slug). */
  load: (slug: string) => Promise<T | null>;
  pathOf: (slug: string) => string;
  list: (id: string, page: number) => Promise<Page<ArticleCardDTO>>;
  metadata: (thing: T, page: number) => Metadata;
  render: (thing: T, articles: Page<ArticleCardDTO>) => ReactNode;
}

type FirstPageProps = { params: Promise<{ slug: string }> };
type NumberedPageProps = { params: Promise<{ slug: string; n: string }> };

export function listingRoutes<T extends { id: string }>(spec: ListingSpec<T>) {
  const thingAt = (slug: string) => resolveBySlug(spec.kind, slug, spec.load, spec.pathOf);

  async function metadata(slug: string, page: number): Promise<Metadata> {
    return spec.metadata(await thingAt(slug), page);
  }

  async function Listing({ slug, page }: { slug: string; page: number }) {
    const thing = await thingAt(slug);
    const articles = await spec.list(thing.id, page);
    if (page > articles.totalPages) notFound();
    return spec.render(thing, articles);
  }

  /** `/page/N`: a malformed or too large N is a 404. */
  async function numbered(params: NumberedPageProps["params"]) {
    const { slug, n } = await params;
    const page = pageFromPath(n);
    if (page === null) notFound();
    return { slug, page };
  }

  return {
    firstPage: {
      generateMetadata: async ({ params }: FirstPageProps) => metadata((await params).slug, 1),
      Page: async function ListingFirstPage({ params }: FirstPageProps) {
        return <Listing slug={(await params).slug} page={1} />;
      },
    },
    numberedPage: {
      generateMetadata: async ({ params }: NumberedPageProps) => {
        const { slug, page } = await numbered(params);
        return metadata(slug, page);
      },
      Page: async function ListingNumberedPage({ params }: NumberedPageProps) {
        const { slug, page } = await numbered(params);
        return <Listing slug={slug} page={page} />;
      },
    },
  };
}
