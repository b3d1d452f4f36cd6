/** Page-number arithmetic shared by every paginated list. Pure. */

export const MAX_PAGE = 10_000;

/** A page number from a query-string value: 1 for anything missing, malformed or out of range. */
export function parsePageParam(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || !/^\d{1,6}$/.test(raw)) return 1;
  return clampPage(Number(raw));
}

/** A page number from a path segment (`/page/N`): null for anything but a number in range. */
export function pageFromPath(segment: string): number | null {
  if (!/^[1-9]\d{0,5}$/.test(segment)) return null;
  const page = Number(segment);
  return page <= MAX_PAGE ? page : null;
}

export function clampPage(page: number): number {
  if (!Number.isFinite(page) || page < 1) return 1;
  return Math.min(Math.floor(page), MAX_PAGE);
}

export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}
