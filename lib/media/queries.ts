/** Reading the media library: pickers, the library grid and one image's page. Newsroom only. */
import "server-only";
import { db } from "@/lib/db";
import type { Page } from "@/lib/articles/dto";
import { can, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { canEditMediaItem } from "@/lib/media/validate";
import { clampPage, pageCount } from "@/lib/site/pagination";

/** One choice in an image picker. */
export interface MediaOptionDTO {
  id: string;
  key: string;
  alt: string;
  width: number;
  height: number;
}

/** One image in the library grid. */
export interface MediaItemDTO extends MediaOptionDTO {
  caption: string;
  credit: string;
  originalName: string;
  bytes: number;
  createdAt: Date;
  uploadedBy: string | null;
  /** May the viewer edit or delete it (their own upload, or they manage media)? */
  editable: boolean;
}

/** One image with where it is used, for its edit page. */
export interface MediaDetailDTO extends MediaItemDTO {
  mimeType: string;
  heroCount: number;
  photoCount: number;
  /** Which articles and authors use it: for media managers only (titles of others' drafts stay private). */
  heroOf: { id: string; title: string }[];
  photoOf: { id: string; name: string }[];
}

export const MEDIA_PER_PAGE = 30;
const OPTIONS_LIMIT = 200;

const optionSelect = { id: true, key: true, alt: true, width: true, height: true } as const;
const itemSelect = {
  ...optionSelect,
  caption: true,
  credit: true,
  originalName: true,
  bytes: true,
  createdAt: true,
  uploadedById: true,
  uploadedBy: { select: { name: true, email: true } },
} as const;

function assertMayView(actor: Actor | null): void {
  if (!can(actor, "media:upload")) throw new AppError("FORBIDDEN", "You are not allowed to see the media library.");
}

/**
 * The newest images for a picker, newest first. `alsoInclude` keeps an older, already chosen
 * image among the options so that saving a form never drops it silently.
 */
export async function listMediaOptions(alsoInclude?: string | null): Promise<MediaOptionDTO[]> {
  const options = await db.media.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: OPTIONS_LIMIT, select: optionSelect });
  if (alsoInclude && !options.some((o) => o.id === alsoInclude)) {
    const chosen = await db.media.findUnique({ where: { id: alsoInclude }, select: optionSelect });
    if (chosen) options.push(chosen);
  }
  return options;
}

type ItemRow = { uploadedById: string | null; uploadedBy: { name: string | null; email: string | null } | null } & Omit<
  MediaItemDTO,
  "uploadedBy" | "editable"
>;

function toItem(row: ItemRow, actor: Actor | null): MediaItemDTO {
  const { uploadedById, uploadedBy, ...rest } = row;
  return { ...rest, uploadedBy: uploadedBy ? uploadedBy.name || uploadedBy.email : null, editable: canEditMediaItem(actor, uploadedById) };
}

/** A page of the library, newest first, 30 a page. */
export async function listMediaLibrary(actor: Actor | null, page: number): Promise<Page<MediaItemDTO>> {
  assertMayView(actor);
  const total = await db.media.count();
  const totalPages = pageCount(total, MEDIA_PER_PAGE);
  const current = Math.min(clampPage(page), totalPages);
  const rows = await db.media.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * MEDIA_PER_PAGE,
    take: MEDIA_PER_PAGE,
    select: itemSelect,
  });
  return { items: rows.map((row) => toItem(row, actor)), page: current, totalPages, total };
}

/** One image with where it is used, or null. */
export async function getMediaDetail(actor: Actor | null, id: string): Promise<MediaDetailDTO | null> {
  assertMayView(actor);
  const uses = can(actor, "media:manage") ? 20 : 0;
  const row = await db.media.findUnique({
    where: { id },
    select: {
      ...itemSelect,
      mimeType: true,
      _count: { select: { heroOf: true, authors: true } },
      heroOf: { select: { id: true, title: true }, orderBy: { updatedAt: "desc" }, take: uses },
      authors: { select: { id: true, name: true }, orderBy: { name: "asc" }, take: uses },
    },
  });
  if (!row) return null;
  const { heroOf, authors, mimeType, _count, ...item } = row;
  return { ...toItem(item, actor), mimeType, heroCount: _count.heroOf, photoCount: _count.authors, heroOf, photoOf: authors };
}
