import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { Link } from "@/components/ui/link";
import { SEARCH_PATH } from "@/lib/site/urls";

/** The head of every not-found page: its title, and no place in a search engine's index. */
export const notFoundMetadata: Metadata = {
  title: "Page not found",
  description: "This page may have moved, or it was never published.",
  robots: { index: false, follow: true },
};

/** What a reader sees where a page is missing: the message, the way home and to search. */
export function NotFoundMessage() {
  return (
    <div className="not-found">
      <h1>Page not found</h1>
      <p>This story may have moved, or it was never published.</p>
      <p>
        <Link href="/">Go to the front page</Link> or <Link href={SEARCH_PATH}>search our stories</Link>.
      </p>
    </div>
  );
}

/**
 * A public page that found nothing at its address, drawn in the page's place so that its HTML
 * carries the site's header, the message and the footer: a page that throws `notFound()` itself
 * (or whose metadata does) sends Next.js to an error document whose body stays empty until its
 * JavaScript has run. `notFound()` is still thrown, inside a Suspense boundary: that makes the
 * answer a 404 (and caches it as one), and once JavaScript runs, the group's not-found.tsx takes
 * the page's place with the same message. docs/architecture.md, "Not found".
 */
export function MissingPage() {
  return (
    <>
      <NotFoundMessage />
      <Suspense fallback={null}>
        <NotFoundStatus />
      </Suspense>
    </>
  );
}

function NotFoundStatus(): never {
  notFound();
}
