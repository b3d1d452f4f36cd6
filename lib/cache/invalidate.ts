/**
 * Cache invalidation beside every write. Outside a Next.js request (the CLI, tests) there is
 * no cache to invalidate, and Next.js says so by throwing; that case is ignored.
 */
import "server-only";
import { revalidatePath } from "next/cache";
import { articlePath } from "@/lib/site/urls";

function outsideNext(error: unknown): boolean {
  return error instanceof Error && /static generation store missing|outside a request scope|workStore/i.test(error.message);
}

function revalidate(path: string): void {
  try {
    revalidatePath(path);
  } catch (error) {
    if (!outsideNext(error)) throw error;
  }
}

/** An article's comments or counts changed: refresh that article page only. */
export function invalidateArticleComments(slug: string): void {
  revalidate(articlePath(slug));
}

/**
 * Published content changed (a story went live, changed, moved or came down): every public
 * listing may show it, so every public page is refreshed.
 */
export function invalidatePublicSite(): void {
  try {
    revalidatePath("/", "layout");
  } catch (error) {
    if (!outsideNext(error)) throw error;
  }
}
