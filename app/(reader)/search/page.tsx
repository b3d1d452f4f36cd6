import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { Pagination } from "@/components/ui/pagination";
import { searchArticles } from "@/lib/search/queries";
import { parseQueryParam, toMatchExpression } from "@/lib/search/query";
import { searchSummary } from "@/lib/search/summary";
import { pageMetadata } from "@/lib/site/metadata";
import { parsePageParam } from "@/lib/site/pagination";
import { SEARCH_PATH, pagePath } from "@/lib/site/urls";

type Props = PageProps<"/search">;

/** The reader's words, and whether they hold anything to search for. */
async function readSearch(searchParams: Props["searchParams"]) {
  const params = await searchParams;
  const q = parseQueryParam(params.q);
  return { q, page: parsePageParam(params.page), searching: toMatchExpression(q) !== null };
}

const resultsTitle = (q: string) => `Results for “${q}”`;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q, page, searching } = await readSearch(searchParams);
  if (!searching) {
    return pageMetadata({
      title: "Search",
      description: "Search every published story by its headline, summary, text, tags and authors.",
      path: SEARCH_PATH,
    });
  }
  return pageMetadata({
    title: resultsTitle(q),
    description: `Published stories matching “${q}”.`,
    path: pagePath(SEARCH_PATH, page, { q }),
    page,
    // Result pages are endless and thin: search engines should not index them.
    noindex: true,
  });
}

export default async function SearchPage({ searchParams }: Props) {
  const { q, page, searching } = await readSearch(searchParams);
  const results = searching ? await searchArticles(q, page) : null;
  if (results && page > results.totalPages) notFound();
  return (
    <div className="listing search">
      <header className="listing__header">
        <h1>{results ? resultsTitle(q) : "Search"}</h1>
        <SearchForm query={q} />
        {results && results.total > 0 && (
          <p className="search__summary">
            {searchSummary(results)}
          </p>
        )}
      </header>
      {results &&
        (results.total === 0 ? (
          <p className="empty">No published stories match “{q}”. Check the spelling, or try fewer or more general words.</p>
        ) : (
          <>
            <SearchResults results={results.items} />
            <Pagination
              basePath={SEARCH_PATH}
              query={{ q }}
              page={results.page}
              totalPages={results.totalPages}
              labels={{ previous: "← Previous results", next: "More results →" }}
            />
          </>
        ))}
    </div>
  );
}
