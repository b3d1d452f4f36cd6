import { serializeJsonLd } from "@/lib/site/json-ld";

/** Structured data for search engines, serialised so no value can break out of the script. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
