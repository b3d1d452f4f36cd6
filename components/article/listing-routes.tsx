/**
 * The routes of a paginated listing — a section's, a tag's or an author's stories. Page 1 is
 * `/<kind>/[slug]`; `?page=N` is rewritten to `/<kind>/[slug]/page/N` (next.config.js) so every page
 * can be cached. Both routes take their metadata and page from here: the thing at the slug (or a
 * redirect from a former slug, or a 404), its stories, a 404 past the last page. A 404 is drawn by
 * MissingPage, never thrown from here (components/layout/missing-page.tsx says why).
 */
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { MissingPage, notFoundMetadata } from "@/components/layout/missing-page";
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
    const thing = await thingAt(slug);
    return thing ? spec.metadata(thing, page) : notFoundMetadata;
  }

  async function Listing({ slug, page }: { slug: string; page: number }) {
    const thing = await thingAt(slug);
    if (!thing) return <MissingPage />;
    const articles = await spec.list(thing.id, page);
    if (page > articles.totalPages) return <MissingPage />;
    return spec.render(thing, articles);
  }

  /** `/page/N`: a malformed N is a 404 (page null), as is a too large one (Listing). */
  async function numbered(params: NumberedPageProps["params"]) {
    const { slug, n } = await params;
    return { slug, page: pageFromPath(n) };
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
        return page === null ? notFoundMetadata : metadata(slug, page);
      },
      Page: async function ListingNumberedPage({ params }: NumberedPageProps) {
        const { slug, page } = await numbered(params);
        return page === null ? <MissingPage /> : <Listing slug={slug} page={page} />;
      },
    },
  };
}
