/**
 * The common ending of every public "thing by slug" page: the thing, a permanent redirect
 * from a former slug, or a real 404.
 */
import "server-only";
import { notFound, permanentRedirect } from "next/navigation";
import { getCurrentSlug, type RedirectKind } from "@/lib/redirects/queries";
import { isValidSlug } from "@/lib/text/slug";
import { slugTag, tagResponse } from "@/lib/cache/tags";

export async function resolveBySlug<T>(
  kind: RedirectKind,
  slug: string,
  load: (slug: string) => Promise<T | null>,
  pathOf: (slug: string) => string,
): Promise<T> {
  if (!isValidSlug(slug)) notFound();
  // Whatever this URL answers (the thing, a redirect or a 404) is cached under its slug's tag.
  const [found] = await Promise.all([load(slug), tagResponse(slugTag(kind, slug))]);
  if (found) return found;
  const current = await getCurrentSlug(kind, slug);
  if (current && current !== slug) permanentRedirect(pathOf(current));
  notFound();
}
