/**
 * The common ending of every public "thing by slug" page: the thing, a permanent redirect
 * from a former slug, or null for nothing there (the page then draws
 * components/layout/missing-page.tsx, a real 404). `load` is the public loader by slug, which
 * tags the page with its slug whatever it finds (lib/cache/tags.ts), so the redirect and the
 * 404 are cached under that tag too.
 */
import "server-only";
import { permanentRedirect } from "next/navigation";
import { getCurrentSlug, type RedirectKind } from "@/lib/redirects/queries";
import { isValidSlug } from "@/lib/text/slug";

export async function resolveBySlug<T>(
  kind: RedirectKind,
  slug: string,
  load: (slug: string) => Promise<T | null>,
  pathOf: (slug: string) => string,
): Promise<T | null> {
  if (!isValidSlug(slug)) return null;
  const found = await load(slug);
  if (found) return found;
  const current = await getCurrentSlug(kind, slug);
  if (current && current !== slug) permanentRedirect(pathOf(current));
  return null;
}
