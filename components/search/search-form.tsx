import { MAX_QUERY_LENGTH } from "@/lib/search/query";
import { SEARCH_PATH } from "@/lib/site/urls";

interface SearchFormProps {
  /** What the reader searched for, shown in the box again. */
  query?: string;
  /** The header's compact form (label for screen readers only) or the search page's own. */
  variant?: "page" | "header";
}

/** A plain GET form to /search: works without JavaScript. */
export function SearchForm({ query = "", variant = "page" }: SearchFormProps) {
  const inHeader = variant === "header";
  const id = inHeader ? "site-search-q" : "search-q";
  return (
    <form
      action={SEARCH_PATH}
      method="get"
      className={`search-form search-form--${variant}`}
      // The header's form is the site's search landmark; the search page's form is its content.
      role={inHeader ? "search" : undefined}
    >
      <label htmlFor={id} className={inHeader ? "visually-hidden" : "search-form__label"}>
        {inHeader ? "Search this site" : "Search articles"}
      </label>
      <div className="search-form__row">
        <input
          id={id}
          className="search-form__input"
          type="search"
          name="q"
          defaultValue={query}
          maxLength={MAX_QUERY_LENGTH}
          placeholder={inHeader ? "Search" : undefined}
          enterKeyHint="search"
        />
        <button className="search-form__button" type="submit">
          Search
        </button>
      </div>
    </form>
  );
}
