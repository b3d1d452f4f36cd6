/** Paths and absolute URLs of public pages. One place, so a route rename is one change. */
import { env } from "@/lib/env";

export const articlePath = (slug: string) => `/articles/${slug}`;
export const authorPath = (slug: string) => `/authors/${slug}`;
export const sectionPath = (slug: string) => `/sections/${slug}`;
export const tagPath = (slug: string) => `/tags/${slug}`;

/** `path` on the public site, e.g. absoluteUrl("/articles/x") → https://news.example.com/articles/x */
export function absoluteUrl(path: string): string {
  return new URL(path, `${env.SITE_URL}/`).toString();
}

/** The path of page `page` of a paginated list (page 1 has no query string). */
export function pagePath(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}?page=${page}`;
}
