import { env } from "@/lib/env";
import { smartQuotesText } from "@/lib/markdown/smart-quotes";

/**
 * A headline as readers see it: typographic quotes and apostrophes in the site's language, the
 * same step article bodies get (lib/markdown/smart-quotes.ts). Applied where it is drawn; the
 * stored headline, the editor's form and search keep what the editor typed.
 */
export function headline(title: string): string {
  return smartQuotesText(title, env.SITE_LANGUAGE);
}
