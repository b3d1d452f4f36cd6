import { Link } from "@/components/ui/link";
import { HighlightedText } from "@/components/search/highlighted-text";
import { DateTime } from "@/components/ui/date-time";
import type { SearchResultDTO } from "@/lib/search/dto";
import { articlePath, sectionPath } from "@/lib/site/urls";

/** One page of search results, best match first, with the matched words marked. */
export function SearchResults({ results }: { results: SearchResultDTO[] }) {
  return (
    <ol className="search-results" role="list">
      {results.map((result) => (
        <li key={result.id}>
          <SearchResult result={result} />
        </li>
      ))}
    </ol>
  );
}

function SearchResult({ result }: { result: SearchResultDTO }) {
  const { highlights } = result;
  return (
    <article className="card search-result">
      {result.section && (
        <Link className="card__section" href={sectionPath(result.section.slug)}>
          {result.section.name}
        </Link>
      )}
      <h2 className="card__title">
        <Link href={articlePath(result.slug)}>
          <HighlightedText segments={highlights.title} />
        </Link>
      </h2>
      {result.standfirst && (
        <p className="card__standfirst">
          <HighlightedText segments={highlights.standfirst} />
        </p>
      )}
      {highlights.body.length > 0 && (
        <p className="search-result__snippet">
          <HighlightedText segments={highlights.body} />
        </p>
      )}
      <p className="card__meta">
        <DateTime date={result.publishedAt} withTime={false} />
        {result.authors.length > 0 && <span> · {result.authors.map((a) => a.name).join(", ")}</span>}
      </p>
    </article>
  );
}
